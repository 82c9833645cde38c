package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables as a browser gives them when their page is copied or saved as text: the layouts (a) to (f). */
class BrowserTextTest {

    private final TextTableReader reader = new TextTableReader();

    private static List<String> contents(ParsedTable table) {
        return table.rows().stream().map(row -> row.cell(ColumnRole.CONTENT)).toList();
    }

    @Test
    void shouldSplitOneCellPerLineByTheShapeOfTheCellsWithoutOrdinals() {
        ParsedTable table = reader.readText("""
                东海市2024年民生实事项目进展情况
                项目名称
                责任单位
                完成时限
                进展情况
                新增学位3800个
                市教育局
                2024年8月底
                已新增学位2100个。
                1.小学新增1200个。
                2.初中新增900个。
                改造老旧小区20个
                市住建局、市财政局
                年底前
                已开工15个。
                新建公园绿地10处
                市园林中心
                已建成4处，其余6处正在施工。
                """);

        assertThat(contents(table)).containsExactly("新增学位3800个", "改造老旧小区20个", "新建公园绿地10处");
        assertThat(table.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("已新增学位2100个。\n1.小学新增1200个。\n2.初中新增900个。");
        assertThat(table.rows().get(1).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市住建局、市财政局");
        assertThat(table.rows().get(1).cell(ColumnRole.DUE_DATE)).isEqualTo("年底前");
        assertThat(table.rows().get(2).cell(ColumnRole.DUE_DATE)).isEmpty();
        assertThat(table.rows().get(2).cell(ColumnRole.PROGRESS)).isEqualTo("已建成4处，其余6处正在施工。");
    }

    @Test
    void shouldTakeAShortProgressWordAfterAPeriodForTheLastHeaderCell() {
        ParsedTable table = reader.readText("""
                南山县2024年民生实事项目上半年进展
                项目名称
                目标任务
                责任单位
                上半年进展
                城乡供水一体化
                新增农村供水保障人口3.2万人
                县水利局
                已新增农村供水保障人口2.1万人。
                放心农贸市场
                改造提升农贸市场5家
                县市场监管局、各乡镇人民政府
                已完成3家，2家正在改造。
                """);

        assertThat(table.roles()).containsExactly(ColumnRole.CONTENT, ColumnRole.TARGET, ColumnRole.LEAD_UNITS,
                ColumnRole.PROGRESS);
        assertThat(contents(table)).containsExactly("城乡供水一体化", "放心农贸市场");
        assertThat(table.rows().get(1).cell(ColumnRole.LEAD_UNITS)).isEqualTo("县市场监管局、各乡镇人民政府");
        assertThat(table.rows().get(1).cell(ColumnRole.PROGRESS)).isEqualTo("已完成3家，2家正在改造。");
    }

    @Test
    void shouldTakeParagraphsBetweenBlankLinesAsCells() {
        ParsedTable table = reader.readText("""
                指标名称

                年度目标

                完成情况

                责任部门

                规上工业增加值增长率

                6%左右

                28.97%

                市经信局

                城镇调查失业率

                控制在5.5%以内

                4.8%
                （上半年平均）

                市人社局
                """);

        assertThat(contents(table)).containsExactly("规上工业增加值增长率", "城镇调查失业率");
        assertThat(table.rows().get(0).cells()).containsEntry(ColumnRole.TARGET, "6%左右")
                .containsEntry(ColumnRole.PROGRESS, "28.97%").containsEntry(ColumnRole.LEAD_UNITS, "市经信局");
        assertThat(table.rows().get(1).cell(ColumnRole.PROGRESS)).isEqualTo("4.8%\n（上半年平均）");
        assertThat(table.rows().get(1).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市人社局");
    }

    @Test
    void shouldReadTabSeparatedRowsWithQuotedAndSpillingCells() {
        ParsedTable table = reader.readText("2024年重点工作进展情况\n"
                + "重点工作\t牵头单位\t进展情况\n"
                + "新增城镇就业2万人\t市人社局\t\"已新增1.2万人\n完成率60%\"\n"
                + "建设保障性租赁住房3000套\t市住建局\t已开工2100套\n其中竣工800套\n"
                + "推进数字政府建设\t市大数据局\t已上线事项120项\n");

        assertThat(contents(table)).containsExactly("新增城镇就业2万人", "建设保障性租赁住房3000套", "推进数字政府建设");
        assertThat(table.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("已新增1.2万人\n完成率60%");
        assertThat(table.rows().get(1).cell(ColumnRole.PROGRESS)).isEqualTo("已开工2100套\n其中竣工800套");
    }

    @Test
    void shouldTakeGroupRowsAsTheCategoryAndSkipTheRepeatedHeader() {
        ParsedTable table = reader.readText("""
                东海市2024年政府工作报告重点工作任务进展情况
                重点工作\t牵头单位\t进展情况
                一、市长牵头重点工作
                重点工作\t牵头单位\t进展情况
                工业投资增长10%\t市经信局\t1-6月增长12.5%
                经济发展
                重点工作\t牵头单位\t进展情况
                外贸进出口增长5%\t市商务局\t1-6月增长3.1%
                """);

        assertThat(contents(table)).containsExactly("工业投资增长10%", "外贸进出口增长5%");
        assertThat(table.rows()).extracting(ParsedRow::category).containsExactly("一、市长牵头重点工作", "经济发展");
        assertThat(table.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("1-6月增长12.5%");
    }

    @Test
    void shouldFindGroupRowsAndRepeatedHeadersInOneCellPerLineText() {
        ParsedTable table = reader.readText("""
                项目名称
                责任单位
                进展情况
                教育事业
                新增学位3800个
                市教育局
                已新增2100个
                项目名称
                责任单位
                进展情况
                卫生健康
                新建社区卫生服务站8个
                市卫健委
                已建成5个
                """);

        assertThat(contents(table)).containsExactly("新增学位3800个", "新建社区卫生服务站8个");
        assertThat(table.rows()).extracting(ParsedRow::category).containsExactly("教育事业", "卫生健康");
    }

    @Test
    void shouldAppendARowWithOnlyItsFirstCellToTheTaskAbove() {
        ParsedTable table = reader.readText("""
                2024年民生实事项目
                项目名称 | 责任单位 | 完成时限 | 进展情况 | 完成率 | 备注 |
                新建幼儿园3所， | 市教育局 | 年底 | 已开工2所 | 60% | |
                新增学位810个 | |||||
                改造农贸市场5个 | 市商务局 | 年底 | 已完工1个 | 20% | |
                """);

        assertThat(contents(table)).containsExactly("新建幼儿园3所，\n新增学位810个", "改造农贸市场5个");
        assertThat(table.warnings()).anyMatch(w -> w.message().contains("接在上一行"));
    }

    @Test
    void shouldIgnorePageChromeAndFindTheTitleAmongIt() {
        ParsedTable table = reader.readText("""
                东海市人民政府
                首页 > 政务公开 > 计划总结
                东海市2024年民生实事项目上半年进展情况
                发布时间：2024-07-10 来源：市政府办公室
                字号：大 中 小
                【打印本页】【关闭窗口】
                项目名称\t责任单位\t进展情况
                新增学位3800个\t市教育局\t已新增2100个
                打印 | 关闭
                版权所有：东海市人民政府办公室 浙ICP备12345678号
                """);

        assertThat(contents(table)).containsExactly("新增学位3800个");
        assertThat(table.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("已新增2100个");
        DocumentMetadata metadata = PlanMetadataExtractor.extract(table.preamble());
        assertThat(metadata.title()).isEqualTo("东海市2024年民生实事项目上半年进展情况");
        assertThat(metadata.year()).isEqualTo(2024);
    }
}
