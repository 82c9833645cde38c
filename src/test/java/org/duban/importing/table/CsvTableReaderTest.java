package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

    private static final String TABLE = """
            2023年重点工作任务完成情况表,,,,,
            填报单位：市经信局,,,,,
            序号,任务内容,牵头单位,配合单位,完成时限,完成情况
            1,"新增规上工业企业60家","市经信局","市统计局、市税务局",2023年12月底,"新增62家，
            超额完成。"
            ,,,,,
            2,"实现工业投资500亿元以上,确保技改投资增长10%",市经信局,"各县(区)政府,功能区管委会",全年,"完成510亿元"
            合计,,,,,
            """;

    private final CsvTableReader reader = new CsvTableReader();

    @Test
    void shouldReadTitleRowsQuotedMultiLineCellsAndSkipBlankAndTotalsRows() {
        ParsedTable table = reader.read(TABLE.getBytes(StandardCharsets.UTF_8));

        assertThat(table.preamble()).containsExactly("2023年重点工作任务完成情况表", "填报单位：市经信局");
        assertThat(table.roles()).containsExactly(ColumnRole.ORDINAL, ColumnRole.CONTENT, ColumnRole.LEAD_UNITS,
                ColumnRole.SUPPORTING_UNITS, ColumnRole.DUE_DATE, ColumnRole.PROGRESS);
        assertThat(table.rows()).hasSize(2);
        ParsedRow first = table.rows().get(0);
        assertThat(first.location()).isEqualTo("第4行");
        assertThat(first.cell(ColumnRole.SUPPORTING_UNITS)).isEqualTo("市统计局、市税务局");
        assertThat(first.cell(ColumnRole.DUE_DATE)).isEqualTo("2023年12月底");
        assertThat(first.cell(ColumnRole.PROGRESS)).isEqualTo("新增62家，\n超额完成。");
        ParsedRow second = table.rows().get(1);
        assertThat(second.location()).isEqualTo("第7行");
        assertThat(second.cell(ColumnRole.CONTENT)).isEqualTo("实现工业投资500亿元以上,确保技改投资增长10%");
        assertThat(second.cell(ColumnRole.SUPPORTING_UNITS)).isEqualTo("各县(区)政府,功能区管委会");
        assertThat(table.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("第8行");
            assertThat(w.message()).contains("合计");
        });
    }

    @Test
    void shouldReadUtf8WithByteOrderMark() {
        byte[] body = "任务内容,牵头单位\n建设千兆城市,市经信局\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        ParsedTable table = reader.read(withBom);

        assertThat(table.roles()).containsExactly(ColumnRole.CONTENT, ColumnRole.LEAD_UNITS);
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.cell(ColumnRole.CONTENT)).isEqualTo("建设千兆城市"));
    }

    @Test
    void shouldReadGb18030AsChineseExcelSavesIt() {
        ParsedTable table = reader.read(TABLE.getBytes(Charset.forName("GB18030")));

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局");
    }

    @Test
    void shouldReadSemicolonAndTabSeparatedFiles() {
        assertThat(reader.read("任务内容;牵头单位;完成情况\n任务甲;市经信局;完成\n".getBytes(StandardCharsets.UTF_8))
                .rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("完成");
        assertThat(reader.read("任务内容\t牵头单位\n任务甲\t市经信局\n".getBytes(StandardCharsets.UTF_8))
                .rows().get(0).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局");
    }

    @Test
    void shouldConvertFullWidthDigitsButKeepChinesePunctuation() {
        ParsedTable table = reader.read("任务内容，牵头单位\n\"增长１０％以上（力争１２％）\",\"市经信局、市发改委\"\n"
                .replace('，', ',').getBytes(StandardCharsets.UTF_8));

        assertThat(table.rows().get(0).cell(ColumnRole.CONTENT)).isEqualTo("增长10％以上（力争12％）");
        assertThat(table.rows().get(0).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局、市发改委");
    }

    @Test
    void shouldPutExtraCellsIntoTheLastColumnWithAWarning() {
        ParsedTable table = reader.read("任务内容,牵头单位\n任务甲,市经信局,多出的一格\n".getBytes(StandardCharsets.UTF_8));

        assertThat(table.rows().get(0).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局\n多出的一格");
        assertThat(table.warnings()).singleElement().satisfies(w -> assertThat(w.location()).isEqualTo("第2行"));
    }

    @Test
    void shouldReadUnpairedQuotesLiterallyWithAWarning() {
        ParsedTable table = reader.read("任务内容,牵头单位\n打造“数字海洋\"品牌,市经信局\n\"未闭合,市科技局\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(table.rows()).hasSize(2);
        assertThat(table.warnings()).anySatisfy(w -> assertThat(w.message()).contains("引号"));
    }

    @Test
    void shouldExplainWhenNoHeaderIsFound() {
        assertThatThrownBy(() -> reader.read("姓名,年龄\n张三,30\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NoTableFoundException.class)
                .hasMessageContaining("姓名");
    }

    @Test
    void shouldRefuseBytesThatAreNotText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x81, 0x30, (byte) 0xFE});
        assertThatThrownBy(() -> reader.read(bytes.toByteArray())).isInstanceOf(UnreadableDocumentException.class);
    }
}
