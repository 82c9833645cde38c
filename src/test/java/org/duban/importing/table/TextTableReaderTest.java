package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextTableReaderTest {

    private final TextTableReader reader = new TextTableReader();

    private ParsedTable read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class PipeTables {

        private static final String SEVEN_COLUMNS = """
                2024年重点工作任务清单
                序号 | 类别 | 任务内容 | 牵头单位 | 配合单位 | 完成时限 | 进展情况 |
                1 | 产业发展 | 新增规上工业企业60家。 | 市经信局 | 市统计局 | 2024年12月底 | 已新增52家。 |
                2 | | 实现工业投资500亿元以上。 | 市经信局、市发改委 | 各县(区)政府 | 2024年12月 | 1-11月完成480亿元。
                投资进度符合预期。 |
                3 | 营商环境 | 为企业减负50亿元以上。
                | 市经信局 | 市财政局、市税务局 | 全年 | 1-11月减负51.5亿元。 |
                """;

        @Test
        void shouldReadSevenColumnsWithCellsSpanningLines() {
            ParsedTable table = read(SEVEN_COLUMNS);

            assertThat(table.roles()).containsExactly(ColumnRole.ORDINAL, ColumnRole.CATEGORY, ColumnRole.CONTENT,
                    ColumnRole.LEAD_UNITS, ColumnRole.SUPPORTING_UNITS, ColumnRole.DUE_DATE, ColumnRole.PROGRESS);
            assertThat(table.preamble()).containsExactly("2024年重点工作任务清单");
            assertThat(table.rows()).hasSize(3);
            ParsedRow second = table.rows().get(1);
            assertThat(second.cell(ColumnRole.ORDINAL)).isEqualTo("2");
            assertThat(second.cell(ColumnRole.SUPPORTING_UNITS)).isEqualTo("各县(区)政府");
            assertThat(second.cell(ColumnRole.PROGRESS)).isEqualTo("1-11月完成480亿元。\n投资进度符合预期。");
            assertThat(table.rows().get(2).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局");
            assertThat(table.rows().get(2).cell(ColumnRole.DUE_DATE)).isEqualTo("全年");
            assertThat(table.warnings()).isEmpty();
        }

        @Test
        void shouldCarryTheCategoryDownToRowsThatLeaveItBlank() {
            ParsedTable table = read(SEVEN_COLUMNS);

            assertThat(table.rows()).extracting(ParsedRow::category).containsExactly("产业发展", "产业发展", "营商环境");
            assertThat(table.rows().get(1).cell(ColumnRole.CATEGORY)).isEqualTo("产业发展");
        }

        @Test
        void shouldMergeARowWithoutContentIntoTheTaskAboveIt() {
            ParsedTable table = read("""
                    | 序号 | 任务内容 | 牵头单位 | 进展情况 |
                    | 1 | 推进粮油产业园建设。 | 市经信局 | 厂房正在建设。 |
                    | | | 市商务局 | 招商已启动。 |
                    | 2 | 争创全国千兆城市。 | 市经信局 | 已申报。 |
                    """);

            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows().get(0).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局\n市商务局");
            assertThat(table.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("厂房正在建设。\n招商已启动。");
            assertThat(table.warnings()).extracting(TableWarning::location).containsExactly("第3行");
        }

        @Test
        void shouldReadLinesWithoutTrailingBars() {
            ParsedTable table = read("""
                    任务内容 | 责任单位 | 完成情况
                    新增个转企200家 | 市市场监管局 | 全年新增230家,
                    超额完成目标。
                    培育“链主型”企业15家 | 市经信局 | 培育16家。
                    """);

            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("全年新增230家,\n超额完成目标。");
            assertThat(table.rows().get(1).cell(ColumnRole.CONTENT)).isEqualTo("培育“链主型”企业15家");
        }

        @Test
        void shouldAppendParagraphsBetweenRowsToTheLastCellOfTheRowAbove() {
            ParsedTable table = read("""
                    任务内容 | 牵头单位 | 完成情况 |
                    任务甲。 | 市经信局 | 第一段。 |
                    第二段。
                    任务乙。 | 市科技局 | 完成。 |
                    """);

            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("第一段。\n第二段。");
            assertThat(table.rows().get(1).cell(ColumnRole.CONTENT)).isEqualTo("任务乙。");
        }

        @Test
        void shouldAppendACellFragmentClosedByABarToTheRowAboveWhenACompleteRowFollows() {
            ParsedTable table = read("""
                    任务内容 | 牵头单位 | 完成情况 |
                    任务甲。 | 市经信局 | 第一段。 |
                    第二段。 |
                    任务乙。 | 市科技局 | 完成。 |
                    """);

            assertThat(table.rows()).extracting(row -> row.cell(ColumnRole.CONTENT)).containsExactly("任务甲。", "任务乙。");
            assertThat(table.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("第一段。\n第二段。");
        }

        @Test
        void shouldKeepAShortRowAndWarnWhenCellsAreMissing() {
            ParsedTable table = read("""
                    任务内容 | 牵头单位 | 完成情况 |
                    任务甲。 | 市经信局 |
                    任务乙。 | 市科技局 | 完成。 |
                    """);

            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows().get(0).cells()).containsOnlyKeys(ColumnRole.CONTENT, ColumnRole.LEAD_UNITS);
            assertThat(table.warnings()).singleElement().satisfies(w -> assertThat(w.location()).isEqualTo("第2行"));
        }

        @Test
        void shouldReadFullWidthBarsAndDigits() {
            ParsedTable table = read("""
                    任务内容｜牵头单位｜完成情况｜
                    工业投资５００亿元以上（含技改）｜市经信局，市发改委｜完成５１０亿元，增长１２．５％｜
                    """);

            ParsedRow row = table.rows().get(0);
            assertThat(row.cell(ColumnRole.CONTENT)).isEqualTo("工业投资500亿元以上（含技改）");
            assertThat(row.cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局，市发改委");
            assertThat(row.cell(ColumnRole.PROGRESS)).isEqualTo("完成510亿元，增长12．5％");
        }

        @Test
        void shouldSkipTotalsRowsAndSectionHeadings() {
            ParsedTable table = read("""
                    | 序号 | 任务内容 | 牵头单位 | 目标值 | 完成值 |
                    | 一、工业经济 | | | | |
                    | 1 | 工业投资 | 市经信局 | 500 | 510 |
                    | 2 | 技改投资 | 市经信局 | 100 | 160 |
                    | 合计 | | | 600 | 670 |
                    """);

            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows()).extracting(ParsedRow::category).containsOnly("一、工业经济");
            assertThat(table.rows().get(1).cell(ColumnRole.ACTUAL)).isEqualTo("160");
            assertThat(table.warnings()).singleElement().satisfies(w -> {
                assertThat(w.location()).isEqualTo("第5行");
                assertThat(w.message()).contains("合计");
            });
        }

        @Test
        void shouldKeepUnknownColumnsAsNotes() {
            ParsedTable table = read("""
                    序号 | 重点工作 | 责任领导 | 牵头单位（责任单位） | 完成情况（截至11月底） |
                    1 | 建设千兆城市 | 张三 | 市经信局 | 已完成 |
                    """);

            assertThat(table.roles()).containsExactly(ColumnRole.ORDINAL, ColumnRole.CONTENT, ColumnRole.NOTES,
                    ColumnRole.LEAD_UNITS, ColumnRole.PROGRESS);
            assertThat(table.rows().get(0).notes()).containsExactly(java.util.Map.entry("责任领导", "张三"));
        }

        @Test
        void shouldReadTabSeparatedLines() {
            ParsedTable table = read("任务内容\t牵头单位\t完成情况\n新增企业60家\t市经信局\t完成62家\n");

            assertThat(table.rows()).singleElement()
                    .satisfies(row -> assertThat(row.cell(ColumnRole.PROGRESS)).isEqualTo("完成62家"));
        }
    }

    @Nested
    class MarkdownTables {

        @Test
        void shouldReadOneRowPerLineAndStopAfterTheTable() {
            ParsedTable table = read("""
                    # 2023年重点任务
                    | 序号 | 任务内容 | 牵头单位 | 配合单位 | 完成时限 |
                    |:---:|---|---|---|---|
                    | 1 | 新增个转企200家 | 市市场监管局 | 市经信局、市税务局 | 2023年底 |
                    | 2 | 争创千兆城市<br>并通过评审 | 市经信局 | | 2023年11月 |

                    说明：本表由市经信局汇总。
                    """);

            assertThat(table.preamble()).containsExactly("# 2023年重点任务");
            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows().get(1).cell(ColumnRole.CONTENT)).isEqualTo("争创千兆城市\n并通过评审");
            assertThat(table.rows().get(1).cells()).doesNotContainKey(ColumnRole.SUPPORTING_UNITS);
            assertThat(table.warnings()).singleElement().satisfies(w -> assertThat(w.location()).isEqualTo("第7行"));
        }

        @Test
        void shouldKeepEscapedBarsInsideCells() {
            ParsedTable table = read("""
                    | 任务内容 | 牵头单位 |
                    |---|---|
                    | 指标 A\\|B 达标 | 市经信局 |
                    """);

            assertThat(table.rows().get(0).cell(ColumnRole.CONTENT)).isEqualTo("指标 A|B 达标");
        }
    }

    @Nested
    class ParagraphTables {

        @Test
        void shouldReadOneCellPerLineWhenTheFirstColumnIsTheOrdinal() {
            ParsedTable table = read("""
                    2023年工作要点
                    序号
                    任务内容
                    牵头单位
                    完成情况
                    1
                    新增规上工业企业60家
                    市经信局
                    新增62家。
                    预计全年超额完成。
                    2
                    争创千兆城市
                    市经信局
                    已申报。
                    """);

            assertThat(table.preamble()).containsExactly("2023年工作要点");
            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("新增62家。\n预计全年超额完成。");
            assertThat(table.rows().get(1).cell(ColumnRole.CONTENT)).isEqualTo("争创千兆城市");
            assertThat(table.rows().get(1).location()).isEqualTo("第11行");
        }

        @Test
        void shouldReadParagraphsThatDoNotDivideIntoRowsWithoutAnOrdinalByTheShapeOfTheirCells() {
            // Without 序号 a row is found by its cells' shapes: a browser drops an empty cell, here the progress.
            ParsedTable table = read("任务内容\n牵头单位\n完成情况\n甲\n市经信局\n");

            assertThat(table.rows()).singleElement().satisfies(row -> {
                assertThat(row.cell(ColumnRole.CONTENT)).isEqualTo("甲");
                assertThat(row.cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局");
                assertThat(row.cell(ColumnRole.PROGRESS)).isEmpty();
            });
        }
    }

    @Nested
    class Failures {

        @Test
        void shouldExplainWhatIsMissingWhenNoHeaderIsFound() {
            assertThatThrownBy(() -> read("2023年市政府工作报告完成情况表\n这是一段说明。\n"))
                    .isInstanceOf(NoTableFoundException.class)
                    .hasMessageContaining("未找到表头")
                    .hasMessageContaining("任务内容")
                    .hasMessageContaining("2023年市政府工作报告完成情况表");
        }

        @Test
        void shouldNotTakeATitleMentioningTaskWordsForAHeader() {
            assertThatThrownBy(() -> read("重点工作任务 | 完成情况表\n")).isInstanceOf(NoTableFoundException.class);
        }

        @Test
        void shouldReadGb18030Text() {
            byte[] gbk = "任务内容 | 牵头单位 |\n建设千兆城市 | 市经信局 |\n".getBytes(Charset.forName("GB18030"));

            assertThat(reader.read(gbk).rows().get(0).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局");
        }

        @Test
        void shouldRefuseBinaryContent() {
            assertThatThrownBy(() -> reader.read(new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                    .isInstanceOf(UnreadableDocumentException.class);
        }
    }
}
