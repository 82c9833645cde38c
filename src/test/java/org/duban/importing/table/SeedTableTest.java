package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.duban.importing.units.UnitListParser;
import org.duban.importing.units.UnitMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed document (舟山 2023 完成情况表) read end to end, against what docs/domain.md says a correct import yields. */
class SeedTableTest {

    private static ParsedTable table;

    @BeforeAll
    static void readSeed() {
        table = new TextTableReader().read(TestDocuments.seed());
    }

    @Test
    void shouldFindThreeColumnsAndTwelveTasks() {
        assertThat(table.roles()).containsExactly(ColumnRole.CONTENT, ColumnRole.LEAD_UNITS, ColumnRole.PROGRESS);
        assertThat(table.rows()).hasSize(12);
        assertThat(table.rows()).allSatisfy(row -> assertThat(row.cells())
                .containsKeys(ColumnRole.CONTENT, ColumnRole.LEAD_UNITS, ColumnRole.PROGRESS));
    }

    @Test
    void shouldLocateEachRowAtTheLineWhereItStarts() {
        assertThat(table.rows()).extracting(ParsedRow::location).containsExactly(
                "第14行", "第15行", "第18行", "第20行", "第21行", "第23行", "第26行", "第28行", "第30行", "第31行",
                "第33行", "第34行");
    }

    @Test
    void shouldKeepThePreambleLinesAboveTheHeader() {
        assertThat(table.preamble()).hasSize(12);
        assertThat(table.preamble().get(0)).isEqualTo("001008009005003/2024-00292");
        assertThat(table.preamble().get(11)).isEqualTo("2023年市政府工作报告完成情况表");
    }

    @Test
    void shouldReadTaskContentsExactly() {
        assertThat(table.rows().get(0).cell(ColumnRole.CONTENT)).isEqualTo(
                "充分发挥县(区)、功能区经济主战场作用,做大做优做强产业平台,在省级开发区(园区)排名中实现争先进位。");
        assertThat(table.rows().get(1).cell(ColumnRole.CONTENT))
                .isEqualTo("加快发展小微企业园,重点建设新材料智创园、普陀万洋众创城二期等6个园区");
        assertThat(table.rows().get(2).cell(ColumnRole.CONTENT)).endsWith("实现工业投资 500 亿元以上。");
        assertThat(table.rows().get(10).cell(ColumnRole.CONTENT)).isEqualTo("争创全国千兆城市。");
        assertThat(table.rows().get(11).cell(ColumnRole.CONTENT)).isEqualTo("推进金塘国际领先新材料产业岛、舟山粮油产业园建设。");
    }

    @Test
    void shouldEndRowTwoProgressWhereItsClosingBarStandsOnTheNextLine() {
        String progress = table.rows().get(1).cell(ColumnRole.PROGRESS);
        assertThat(progress).startsWith("1.以制造类小微园为重点突破口").endsWith("精准服务财政激励。");
        assertThat(progress).doesNotContain("|").doesNotContain("聚力攻坚");
    }

    @Test
    void shouldReadRowSixWhoseCellsStandOnThreeLines() {
        ParsedRow row = table.rows().get(5);
        assertThat(row.cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局");
        assertThat(row.cell(ColumnRole.PROGRESS)).startsWith("1.1-11月规上数字经济核心产业营收81.9亿元")
                .endsWith("(数字经济核心产业增加值统计局一年核算一次)。");
    }

    @Test
    void shouldAttachTheParagraphAfterTheLastRowToItsProgress() {
        String progress = table.rows().get(11).cell(ColumnRole.PROGRESS);
        assertThat(progress).startsWith("金塘新材料产业园区建设总投资约760亿")
                .contains("12月28日,金塘电厂取得省发改委的项目核准文件。\n粮油产业园新建的舟山华康生物科技有限公司")
                .endsWith("提供新的增长极。");
        assertThat(table.warnings()).extracting(TableWarning::location).containsExactly("第37行");
    }

    @Test
    void shouldKeepNumbersAndChinesePunctuationOfCellsUntouched() {
        assertThat(table.rows().get(7).cell(ColumnRole.PROGRESS)).isEqualTo(
                "1-11月,全市完成减负51.5亿元。截至12月底,全市在线兑付各级奖补资金20.26亿元,服务企业2820家次,平台访问量已超10万。");
        assertThat(table.rows().get(8).cell(ColumnRole.CONTENT)).contains("“专精特新”企业 30 家");
    }

    @Test
    void shouldYieldTheLeadUnitsDomainMdLists() {
        List<List<String>> expected = List.of(
                List.of("市经信局", "市科技局", "市商务局", "各县(区)政府", "功能区管委会"),
                List.of("市经信局", "各县(区)政府", "功能区管委会"),
                List.of("市经信局", "定海区政府", "普陀区政府"),
                List.of("市经信局"),
                List.of("市经信局"),
                List.of("市经信局"),
                List.of("市经信局", "市科技局"),
                List.of("市经信局", "市发改委", "市财政局", "市人社局", "市交通局", "市市场监管局", "市金融办", "市港航和口岸局",
                        "市税务局", "人行舟山市中心支行", "舟山银保监分局"),
                List.of("市经信局", "市市场监管局", "市金融办"),
                List.of("市经信局", "市发改委", "市资源规划局", "市港航和口岸局", "市投促中心", "市税务局"),
                List.of("市经信局"),
                List.of("市经信局", "市商务局", "定海区政府", "金塘管委会"));
        for (int i = 0; i < expected.size(); i++) {
            List<String> names = UnitListParser.parse(table.rows().get(i).cell(ColumnRole.LEAD_UNITS)).stream()
                    .map(UnitMention::name).toList();
            assertThat(names).as("row %d", i + 1).containsExactlyElementsOf(expected.get(i));
        }
        assertThat(UnitListParser.parse(table.rows().get(11).cell(ColumnRole.LEAD_UNITS)).get(0))
                .isEqualTo(new UnitMention("市经信局", List.of("绿色处", "消费品处")));
    }

    @Test
    void shouldNameTwentyDistinctUnits() {
        long distinct = table.rows().stream()
                .flatMap(row -> UnitListParser.parse(row.cell(ColumnRole.LEAD_UNITS)).stream())
                .map(UnitMention::name).distinct().count();
        assertThat(distinct).isEqualTo(20);
    }

    @Test
    void shouldExtractTheDocumentMetadataFromThePreamble() {
        DocumentMetadata metadata = PlanMetadataExtractor.extract(table.preamble());
        assertThat(metadata.title()).isEqualTo("2023年市政府工作报告完成情况表");
        assertThat(metadata.documentNumber()).isEqualTo("001008009005003/2024-00292");
        assertThat(metadata.issuer()).isEqualTo("市经济和信息化局");
        assertThat(metadata.publishedOn()).isEqualTo(LocalDate.of(2024, 1, 19));
        assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2024-01-19T01:17:00Z"));
        assertThat(metadata.disclosure()).isEqualTo("PUBLIC");
        assertThat(metadata.category()).isEqualTo("工作计划与总结");
        assertThat(metadata.attachment()).isEqualTo("附件2");
        assertThat(metadata.year()).isEqualTo(2023);
    }
}
