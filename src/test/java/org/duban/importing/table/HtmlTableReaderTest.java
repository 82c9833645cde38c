package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlTableReaderTest {

    private final HtmlTableReader reader = new HtmlTableReader();

    /** A portal page: menus, breadcrumbs and a footer around the article; two attachments as tables. */
    static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>东海市2024年政府工作报告重点工作任务上半年进展情况_东海市人民政府</title>
            <script>var menu = "<table><tr><td>任务内容</td><td>牵头单位</td></tr></table>";</script>
            <style>td { color: red }</style></head>
            <body>
            <div class="top-nav"><ul><li>首页</li><li>政务公开</li><li>工作计划</li></ul></div>
            <div class="breadcrumb">首页 &gt; 政务公开 &gt; 计划总结</div>
            <div class="article">
              <h1>东海市2024年政府工作报告重点工作任务上半年进展情况</h1>
              <p>发布时间：2024-07-15 09:30</p><p>字号：大 中 小</p>
              <p>东政办〔2024〕21号</p>
              <p>现将上半年进展情况公布如下：</p>
              <p>表1：上半年重点工作完成情况</p>
              <table border="1">
                <thead><tr><th>类别</th><th>序号</th><th>重点工作</th><th>牵头单位</th><th>完成情况</th></tr></thead>
                <tbody>
                  <tr><td rowspan="2">经济发展</td><td>1</td><td>工业投资增长10%以上</td>
                      <td rowspan="2">市经信局</td><td>1-6月增长12.5%<br>超序时进度</td></tr>
                  <tr><td>2</td><td>新增规上工业企业60家</td><td><p>新增38家</p><p>完成率63%</p></td></tr>
                  <tr><td colspan="5">民生保障</td></tr>
                  <tr><td></td><td>3</td><td>新增学位3800个</td><td>市教育局</td><td>已新增2100个</td></tr>
                </tbody>
              </table>
              <p>附件2：民生实事项目进展情况</p>
              <table><tr><td>项目名称</td><td>责任单位</td><td>当前进度</td></tr>
                <tr><td>改造老旧小区20个</td><td>市住建局</td><td>80%</td></tr></table>
            </div>
            <div class="footer"><p>版权所有：东海市人民政府办公室 浙ICP备12345678号</p></div>
            </body></html>
            """;

    @Test
    void shouldReadEveryTableWithRowspanAndColspanResolved() {
        DocumentTables tables = reader.readHtml(PAGE);

        assertThat(tables.tables()).extracting(FoundTable::caption)
                .containsExactly("表1：上半年重点工作完成情况", "附件2：民生实事项目进展情况");
        ParsedTable first = tables.select(null);
        assertThat(first.rows()).extracting(row -> row.cell(ColumnRole.CONTENT))
                .containsExactly("工业投资增长10%以上", "新增规上工业企业60家", "新增学位3800个");
        assertThat(first.rows()).extracting(row -> row.cell(ColumnRole.LEAD_UNITS))
                .containsExactly("市经信局", "市经信局", "市教育局");
        assertThat(first.rows()).extracting(ParsedRow::category).containsExactly("经济发展", "经济发展", "民生保障");
        assertThat(first.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("1-6月增长12.5%\n超序时进度");
        assertThat(first.rows().get(1).cell(ColumnRole.PROGRESS)).isEqualTo("新增38家\n完成率63%");
    }

    @Test
    void shouldTakeThePageTitleAndItsPreambleNotTheCaptionOrTheChrome() {
        ParsedTable first = reader.readHtml(PAGE).select(null);
        DocumentMetadata metadata = PlanMetadataExtractor.extract(first.preamble());

        assertThat(metadata.title()).isEqualTo("东海市2024年政府工作报告重点工作任务上半年进展情况");
        assertThat(metadata.year()).isEqualTo(2024);
        assertThat(metadata.documentNumber()).isEqualTo("东政办〔2024〕21号");
        assertThat(metadata.publishedOn()).hasToString("2024-07-15");
        assertThat(first.preamble()).noneMatch(line -> line.contains("首页") || line.contains("字号"));
    }

    @Test
    void shouldReadAHeaderSplitOverTwoRows() {
        ParsedTable table = reader.readHtml("""
                <h1>东海市2024年主要指标1-9月完成情况</h1>
                <table>
                <tr><td rowspan="2">序号</td><td rowspan="2">指标名称</td><td colspan="2">2024年</td>
                    <td colspan="2">责任单位</td></tr>
                <tr><td>目标</td><td>1-9月完成</td><td>牵头单位</td><td>配合单位</td></tr>
                <tr><td>1</td><td>新增上市企业</td><td>5家</td><td>4家</td><td>市金融办</td><td>市经信局</td></tr>
                </table>
                """).select(null);

        assertThat(table.roles()).containsExactly(ColumnRole.ORDINAL, ColumnRole.CONTENT, ColumnRole.TARGET,
                ColumnRole.ACTUAL, ColumnRole.LEAD_UNITS, ColumnRole.SUPPORTING_UNITS);
        assertThat(table.header(ColumnRole.ACTUAL)).isEqualTo("2024年1-9月完成");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.cell(ColumnRole.CONTENT)).isEqualTo("新增上市企业");
            assertThat(row.cell(ColumnRole.ACTUAL)).isEqualTo("4家");
            assertThat(row.cell(ColumnRole.SUPPORTING_UNITS)).isEqualTo("市经信局");
        });
    }

    @Test
    void shouldPickAnotherTableByNumber() {
        ParsedTable second = reader.readHtml(PAGE).select(2);

        assertThat(second.rows()).singleElement().satisfies(row -> {
            assertThat(row.cell(ColumnRole.CONTENT)).isEqualTo("改造老旧小区20个");
            assertThat(row.cell(ColumnRole.PROGRESS)).isEqualTo("80%");
        });
        assertThatThrownBy(() -> reader.readHtml(PAGE).select(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldLookThroughLayoutTablesAndReadAFragment() {
        String layout = "<table><tr><td><h2>2024年重点任务清单</h2></td></tr><tr><td>"
                + "<table><tr><th>任务内容</th><th>责任单位</th></tr><tr><td>任务甲</td><td>市发改委</td></tr></table>"
                + "</td></tr></table>";
        DocumentTables tables = reader.readHtml(layout);

        assertThat(tables.tables()).hasSize(1);
        assertThat(tables.select(null).rows()).extracting(row -> row.cell(ColumnRole.LEAD_UNITS)).containsExactly("市发改委");
        assertThat(PlanMetadataExtractor.extract(tables.select(null).preamble()).title()).isEqualTo("2024年重点任务清单");
    }

    @Test
    void shouldDecodeAGb18030PageByItsMetaTagOrItsBytes() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>2024年重点工作</title></head><body><table><tr><td>任务内容</td><td>牵头单位</td></tr>"
                + "<tr><td>建设镕锛园区</td><td>市经信局</td></tr></table></body></html>";
        byte[] bytes = page.getBytes(Charset.forName("GB18030"));
        assertThat(reader.read(bytes).rows().get(0).cell(ColumnRole.CONTENT)).isEqualTo("建设镕锛园区");
        byte[] withoutMeta = page.replace("charset=gb2312", "").getBytes(Charset.forName("GB18030"));
        assertThat(reader.read(withoutMeta).rows().get(0).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局");
    }

    @Test
    void shouldClipSpansSoThatAFewBytesCannotExpand() {
        String bomb = "<table><tr><th>任务内容</th><th>牵头单位</th></tr>"
                + "<tr><td rowspan=\"2147483647\">新增学位3800个</td><td colspan=\"100000\">市教育局</td></tr></table>";
        ParsedTable table = reader.readHtml(bomb).select(null);

        assertThat(table.rows()).singleElement()
                .satisfies(row -> assertThat(row.cell(ColumnRole.LEAD_UNITS)).isEqualTo("市教育局"));
    }

    @Test
    void shouldStripTheSiteNameFromATitle() {
        assertThat(HtmlTableReader.withoutSiteName("2024年1-6月重点项目进展情况-东海网")).isEqualTo("2024年1-6月重点项目进展情况");
        assertThat(HtmlTableReader.withoutSiteName("重点工作_东海市人民政府_浙江省")).isEqualTo("重点工作_东海市人民政府_浙江省");
        assertThat(HtmlTableReader.withoutSiteName("重点工作 | 东海市发展和改革委员会")).isEqualTo("重点工作");
    }

    @Test
    void shouldSayWhenAPageHasNoTable() {
        assertThatThrownBy(() -> reader.read("<html><body><p>没有表格</p></body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NoTableFoundException.class).hasMessageContaining("未找到表头");
    }
}
