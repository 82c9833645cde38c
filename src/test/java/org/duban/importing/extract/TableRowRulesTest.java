package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rows of indicator, project, progress-percent and stage-target tables, read with what their headers say. */
class TableRowRulesTest {

    private static final int YEAR = 2023;
    private static final Period FIRST_HALF = Period.months(YEAR, 1, 6, "上半年");

    /** 指标名称 | 年度目标 | 完成情况 in a document about the first half year. */
    private static TableContext indicatorTable() {
        return new TableContext(YEAR, ColumnHeader.of("年度目标", YEAR), ColumnHeader.NONE,
                ColumnHeader.of("完成情况", YEAR), ColumnHeader.NONE, ColumnHeader.NONE, FIRST_HALF, true);
    }

    private static ExtractedIndicator indicatorRow(String name, String target, String actual) {
        Extraction e = new IndicatorExtractor().extract(new TaskText(name, target, null, actual), indicatorTable());
        assertThat(e.indicators()).as("indicators of %s | %s | %s", name, target, actual).hasSize(1);
        return e.indicators().get(0);
    }

    @ParameterizedTest(name = "{0} | {1} | {2}")
    @CsvSource(delimiter = '|', value = {
            "2、区级财政收入增长率 | 6%左右 | 28.97% | 区级财政收入增长率 | GROWTH_RATE | APPROX | 6 | % | 28.97",
            "城镇登记失业人数 | 控制在10410人内 | 7919人 | 城镇登记失业人数 | COUNT | LTE | 10410 | 人 | 7919",
            "研发经费支出占GDP比重 | 提升4个百分点 | 提升3.89个百分点 | 研发经费支出占GDP比重 | SHARE | GTE | 4 | 个百分点 | 3.89",
            "（三）新增上市企业 | 5家 | 4家 | 新增上市企业 | COUNT | GTE | 5 | 家 | 4",
            "城乡居民医保参保率（%） | ≥95% | 96.2% | 城乡居民医保参保率 | SHARE | GTE | 95 | % | 96.2",
            "一般公共预算收入 | 增长7% | 自然口径增长4.3% | 一般公共预算收入 | GROWTH_RATE | GTE | 7 | % | 4.3",
            "重大项目落地率 | 80%以上 | 落地率82.9% | 重大项目落地率 | SHARE | GTE | 80 | % | 82.9"})
    void shouldReadTheTargetAndTheActualOfAnIndicatorRow(String name, String target, String actual, String expectedName,
            MeasureKind kind, Comparator comparator, String value, String unit, String actualValue) {
        ExtractedIndicator i = indicatorRow(name, target, actual);
        assertThat(i.name()).isEqualTo(expectedName);
        assertThat(i.kind()).isEqualTo(kind);
        assertThat(i.target().comparator()).isEqualTo(comparator);
        assertThat(i.target().value()).isEqualByComparingTo(value);
        assertThat(i.target().unit()).isEqualTo(unit);
        assertThat(i.measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo(actualValue);
            assertThat(m.period()).isEqualTo(FIRST_HALF);
        });
    }

    @Test
    void shouldReadAnEstimateOfTheWholeYearWithItsQualifier() {
        ExtractedIndicator i = indicatorRow("GDP增速", "6%左右", "全年GDP预计增长4.5%左右");
        assertThat(i.measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("4.5");
            assertThat(m.status()).isEqualTo(MeasurementStatus.ESTIMATED);
            assertThat(m.qualifier()).isEqualTo(Comparator.APPROX);
            assertThat(m.period().to()).hasToString("2023-12-31");
        });
    }

    @Test
    void shouldTakeThePeriodOfTheActualFromItsHeader() {
        TableContext table = new TableContext(YEAR, ColumnHeader.of("年度目标", YEAR), ColumnHeader.NONE,
                ColumnHeader.of("1-9月完成", YEAR), ColumnHeader.NONE, ColumnHeader.NONE, null, true);
        Extraction e = new IndicatorExtractor().extract(new TaskText("新增就业人数", "2万人", null, "1.6万人"), table);
        assertThat(e.indicators().get(0).measurements()).singleElement()
                .satisfies(m -> assertThat(m.period().label()).isEqualTo("1-9月"));
    }

    @Test
    void shouldNotTakeAShareOfSomethingElseForACut() {
        Extraction e = new IndicatorExtractor().extract(new TaskText("压减一般性支出", "压减15%", null, "民生支出占比75.3%"),
                indicatorTable());
        assertThat(e.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target().value()).isEqualByComparingTo("-15");
            assertThat(i.measurements()).isEmpty();
        });
    }

    @Test
    void shouldNotTakeABarePercentageForADecline() {
        Extraction e = new IndicatorExtractor().extract(new TaskText("单位GDP能耗", "下降3%", null, "2.1%"),
                indicatorTable());
        assertThat(e.indicators().get(0).measurements()).isEmpty();
    }

    @Test
    void shouldReadTheBareValuesOfAnIndicatorNamedForAFallAsAFall() {
        ExtractedIndicator i = indicatorRow("单位GDP能耗下降", "3%以上", "2.1%");

        assertThat(i.kind()).isEqualTo(MeasureKind.GROWTH_RATE);
        assertThat(i.direction()).isEqualTo(org.duban.quantity.Direction.DESCENDING);
        assertThat(i.target().comparator()).isEqualTo(Comparator.LTE);
        assertThat(i.target().value()).isEqualByComparingTo("-3");
        assertThat(i.measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("-2.1");
            assertThat(m.sourceText()).isEqualTo("2.1%");
        });
    }

    @Test
    void shouldTrackAnIndicatorWhoseTargetIsNoNumberWithItsValue() {
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("城镇常住居民人均可支配收入增长", "与经济增长同步", null, "5.4%"), indicatorTable());

        assertThat(e.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target()).isNull();
            assertThat(i.kind()).isEqualTo(MeasureKind.GROWTH_RATE);
            assertThat(i.measurements()).singleElement().satisfies(m -> {
                assertThat(m.value()).isEqualByComparingTo("5.4");
                assertThat(m.period()).isEqualTo(FIRST_HALF);
            });
        });
        assertThat(e.warnings()).anyMatch(w -> w.contains("tracked"));
    }

    @Test
    void shouldNotTakeATargetRestatedInTheProgressCell() {
        Extraction e = new IndicatorExtractor().extract(new TaskText("新增上市企业", "5家", null, "完成目标5家"),
                indicatorTable());
        assertThat(e.indicators().get(0).measurements()).isEmpty();
    }

    @Test
    void shouldNotTakeAValueOfAnotherKind() {
        Extraction e = new IndicatorExtractor().extract(new TaskText("新增上市企业", "5家", null, "3.2亿元"),
                indicatorTable());
        assertThat(e.indicators().get(0).measurements()).isEmpty();
        assertThat(e.warnings()).isNotEmpty();
    }

    // ------------------------------------------------------------------ project tables

    private static TableContext projectTable() {
        return new TableContext(YEAR, ColumnHeader.of("年度计划投资（亿元）", YEAR), ColumnHeader.of("1-6月完成投资（亿元）", YEAR),
                ColumnHeader.NONE, ColumnHeader.NONE, ColumnHeader.of("完成率", YEAR), null, false);
    }

    @Test
    void shouldReadBareNumbersWithTheUnitAndPeriodOfTheirHeaders() {
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("东港大桥工程", "12.5", "6.3", null, null, "50.4%"), projectTable());
        assertThat(e.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("投资");
            assertThat(i.kind()).isEqualTo(MeasureKind.LEVEL);
            assertThat(i.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
            assertThat(i.target().comparator()).isEqualTo(Comparator.GTE);
            assertThat(i.target().value()).isEqualByComparingTo("12.5");
            assertThat(i.target().unit()).isEqualTo("亿元");
            assertThat(i.target().sourceText()).isEqualTo("12.5");
            assertThat(i.measurements()).singleElement().satisfies(m -> {
                assertThat(m.value()).isEqualByComparingTo("6.3");
                assertThat(m.unit()).isEqualTo("亿元");
                assertThat(m.period().label()).isEqualTo("1-6月");
                assertThat(m.sourceText()).isEqualTo("6.3");
            });
        });
    }

    @Test
    void shouldReadNothingFromAProjectRowWithoutNumbers() {
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("东港大桥工程", "完成主体工程", "已完成桩基", null, null, null), projectTable());
        assertThat(e.indicators()).isEmpty();
    }

    // ------------------------------------------------------------------ progress percentages

    private static TableContext progressTable(Period document) {
        return new TableContext(YEAR, ColumnHeader.NONE, ColumnHeader.NONE, ColumnHeader.of("当前进度", YEAR),
                ColumnHeader.NONE, ColumnHeader.NONE, document, false);
    }

    @ParameterizedTest
    @CsvSource({"80%, 80", "80%（主体完工）, 80", "已完成50%, 50", "100%, 100"})
    void shouldMeasureATasksProgressPercentage(String cell, String value) {
        Extraction e = new IndicatorExtractor().extract(TaskText.of("建成城市书房10家", cell), progressTable(FIRST_HALF));
        assertThat(e.indicators()).filteredOn(i -> i.kind() == MeasureKind.PROGRESS).singleElement().satisfies(i -> {
            assertThat(i.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
            assertThat(i.target().comparator()).isEqualTo(Comparator.GTE);
            assertThat(i.target().value()).isEqualByComparingTo("100");
            assertThat(i.target().unit()).isEqualTo("%");
            assertThat(i.target().period()).isEqualTo(Period.year(YEAR));
            assertThat(i.measurements()).singleElement().satisfies(m -> {
                assertThat(m.value()).isEqualByComparingTo(value);
                assertThat(m.period()).isEqualTo(FIRST_HALF);
            });
        });
    }

    @Test
    void shouldNotMakeAProgressOfAPercentageInANarrativeColumn() {
        TableContext table = new TableContext(YEAR, ColumnHeader.NONE, ColumnHeader.NONE,
                ColumnHeader.of("完成情况", YEAR), ColumnHeader.NONE, ColumnHeader.NONE, FIRST_HALF, false);
        Extraction e = new IndicatorExtractor().extract(TaskText.of("推进数字化改革", "覆盖率28.97%"), table);
        assertThat(e.indicators()).isEmpty();
    }

    @Test
    void shouldNotMakeAProgressOfAGrowthRate() {
        Extraction e = new IndicatorExtractor().extract(TaskText.of("推进数字化改革", "增长12%"), progressTable(null));
        assertThat(e.indicators()).isEmpty();
    }

    @Test
    void shouldMeasureTheIndicatorRatherThanTheProgressWhenTheRowHasAPercentTarget() {
        Extraction e = new IndicatorExtractor().extract(TaskText.of("城镇化率达到70%", "68%"), progressTable(FIRST_HALF));
        assertThat(e.indicators()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(MeasureKind.SHARE);
            assertThat(i.measurements()).singleElement().satisfies(m -> assertThat(m.value()).isEqualByComparingTo("68"));
        });
    }

    // ------------------------------------------------------------------ stage targets

    @Test
    void shouldReadAStageTargetAsATargetForTheStage() {
        TableContext table = new TableContext(YEAR, ColumnHeader.of("年度目标（亿元）", YEAR),
                ColumnHeader.of("1-3月完成（亿元）", YEAR), ColumnHeader.NONE, ColumnHeader.of("一季度目标（亿元）", YEAR),
                ColumnHeader.NONE, null, false);
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("完成交通投资", "12", "3.2", null, "3", null), table);
        assertThat(e.indicators()).hasSize(2);
        ExtractedIndicator year = e.indicators().get(0);
        ExtractedIndicator stage = e.indicators().get(1);
        assertThat(year.target().period()).isEqualTo(Period.year(YEAR));
        assertThat(year.target().value()).isEqualByComparingTo("12");
        assertThat(stage.name()).isEqualTo(year.name() + "（一季度）");
        assertThat(stage.target().value()).isEqualByComparingTo("3");
        assertThat(stage.target().period().from()).hasToString("2023-01-01");
        assertThat(stage.target().period().to()).hasToString("2023-03-31");
        assertThat(List.of(year, stage)).allSatisfy(i -> assertThat(i.measurements()).singleElement()
                .satisfies(m -> assertThat(m.value()).isEqualByComparingTo("3.2")));
    }

    @Test
    void shouldReadAHalfYearStageTarget() {
        TableContext table = new TableContext(YEAR, ColumnHeader.NONE, ColumnHeader.NONE, ColumnHeader.of("完成情况", YEAR),
                ColumnHeader.of("半年度目标任务", YEAR), ColumnHeader.NONE, FIRST_HALF, false);
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("新增城镇就业", null, null, "上半年新增城镇就业1.3万人", "新增城镇就业1.2万人", null), table);
        assertThat(e.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target().period().to()).hasToString("2023-06-30");
            assertThat(i.measurements()).singleElement().satisfies(m -> assertThat(m.value()).isEqualByComparingTo("1.3"));
        });
    }
}
