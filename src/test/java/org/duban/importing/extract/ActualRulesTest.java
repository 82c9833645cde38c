package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasurementStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Actual values read from completion texts and matched to the task's indicators: one rule per test. */
class ActualRulesTest {

    private static Extraction extract(String content, String progress) {
        return new IndicatorExtractor().extract(TaskText.of(content, progress), 2023);
    }

    private static List<ExtractedMeasurement> actuals(String content, String progress) {
        Extraction e = extract(content, progress);
        assertThat(e.indicators()).as("indicators of %s", content).hasSize(1);
        return e.indicators().get(0).measurements();
    }

    private static ExtractedMeasurement actual(String content, String progress) {
        List<ExtractedMeasurement> found = actuals(content, progress);
        assertThat(found).as("actuals in %s", progress).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} → {1}..{2}")
    @CsvSource(delimiter = '|', value = {
            "前三季度，固定资产投资增长12.1%。 | 2023-01-01 | 2023-09-30 | 前三季度",
            "1至11月，固定资产投资增长12.1%。 | 2023-01-01 | 2023-11-30 | 1至11月",
            "上半年固定资产投资增长12.1%。 | 2023-01-01 | 2023-06-30 | 上半年",
            "一季度，固定资产投资增长12.1%。 | 2023-01-01 | 2023-03-31 | 一季度",
            "全年固定资产投资增长12.1%。 | 2023-01-01 | 2023-12-31 | 全年",
            "2023年全市固定资产投资增长12.1%。 | 2023-01-01 | 2023-12-31 | 2023年",
            "截至11月末，全市固定资产投资同比增长12.1%。 | 2023-01-01 | 2023-11-30 | 截至11月末",
            "固定资产投资增长12.1%（1-10月）。 | 2023-01-01 | 2023-10-31 | 1-10月"})
    void shouldAttachTheNearestPeriodPhrase(String progress, String from, String to, String label) {
        ExtractedMeasurement m = actual("固定资产投资增长10%以上。", progress);
        assertThat(m.value()).isEqualByComparingTo("12.1");
        assertThat(m.period().from()).hasToString(from);
        assertThat(m.period().to()).hasToString(to);
        assertThat(m.period().label()).isEqualTo(label);
    }

    @Test
    void shouldTakeThePeriodOfItsOwnClauseWhenASentenceHasSeveral() {
        List<ExtractedMeasurement> found = actuals("确保地区生产总值增长6.5%。",
                "上半年，地区生产总值增长6.8%，前三季度增长6.9%。全年地区生产总值同比增长7.1%。");
        assertThat(found).extracting(m -> m.period().label() + "=" + m.value().toPlainString())
                .containsExactly("上半年=6.8", "前三季度=6.9", "全年=7.1");
    }

    @Test
    void shouldLeaveOutAndWarnAboutAnActualWithoutPeriod() {
        Extraction e = extract("城镇新增就业2.5万人。", "城镇新增就业2.7万人，完成目标任务。");
        assertThat(e.indicators().get(0).measurements()).isEmpty();
        assertThat(e.warnings()).anyMatch(w -> w.contains("城镇新增就业") && w.contains("no period"));
    }

    @Test
    void shouldLeaveOutAndWarnAboutAnActualAsOfAnUndeterminedNow() {
        Extraction e = extract("新建5G基站1000个以上。", "截至目前，新建5G基站1200个。");
        assertThat(e.indicators().get(0).measurements()).isEmpty();
        assertThat(e.warnings()).anyMatch(w -> w.contains("截至目前"));
    }

    @Test
    void shouldLeaveOutAnActualOfAnotherYear() {
        Extraction e = extract("新建5G基站1000个以上。", "2022年新建5G基站900个。");
        assertThat(e.indicators().get(0).measurements()).isEmpty();
        assertThat(e.warnings()).anyMatch(w -> w.contains("2022年新建5G基站900个"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "预计全年可完成固定资产投资800亿元。 | ESTIMATED",
            "全年有望完成固定资产投资800亿元。 | ESTIMATED",
            "1-12月，预计完成固定资产投资800亿元。 | ESTIMATED",
            "1-12月，完成固定资产投资800亿元。 | FINAL",
            "全年完成固定资产投资800亿元。 | FINAL"})
    void shouldMarkEstimates(String progress, MeasurementStatus status) {
        ExtractedMeasurement m = actual("完成固定资产投资约760亿元左右。", progress);
        assertThat(m.value()).isEqualByComparingTo("800");
        assertThat(m.status()).isEqualTo(status);
    }

    @Test
    void shouldScopeAnEstimateToItsOwnPeriod() {
        List<ExtractedMeasurement> found = actuals("全年实现规上船舶工业产值300亿元。",
                "1-11月实现规上船舶工业产值298.5亿元,同比增长27.0%,预计全年实现规上船舶工业产值320亿元。")
                .stream().toList();
        assertThat(found).extracting(m -> m.value().toPlainString() + " " + m.status())
                .containsExactly("298.5 FINAL", "320 ESTIMATED");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "全年新增规上工业企业65家以上。 | GTE",
            "全年新增规上工业企业超65家。 | GT",
            "全年新增规上工业企业超过65家。 | GT",
            "全年新增规上工业企业突破65家。 | GT",
            "全年新增规上工业企业约65家。 | APPROX",
            "全年新增规上工业企业达到65家。 | ",
            "全年新增规上工业企业65家。 | "})
    void shouldKeepTheQualifier(String progress, Comparator qualifier) {
        ExtractedMeasurement m = actual("新增规上工业企业60家。", progress);
        assertThat(m.value()).isEqualByComparingTo("65");
        assertThat(m.qualifier()).isEqualTo(qualifier);
    }

    @Test
    void shouldReadADeclineAsANegativeRate() {
        ExtractedMeasurement m = actual("单位GDP能耗下降3%。", "前三季度，单位GDP能耗同比下降2.1%。");
        assertThat(m.value()).isEqualByComparingTo("-2.1");
        assertThat(m.unit()).isEqualTo("%");
    }

    @Test
    void shouldMatchAShareChangeInPercentagePoints() {
        ExtractedMeasurement m = actual("全社会研发投入占GDP比重提升0.2个百分点。",
                "2023年全社会研发投入占GDP比重较上年提升0.3个百分点。");
        assertThat(m.value()).isEqualByComparingTo("0.3");
        assertThat(m.unit()).isEqualTo("个百分点");
    }

    @Test
    void shouldMatchACeilingLevel() {
        ExtractedMeasurement m = actual("PM2.5平均浓度控制在25微克/立方米以内。", "1至11月，PM2.5平均浓度为23微克/立方米。");
        assertThat(m.value()).isEqualByComparingTo("23");
        assertThat(m.sourceText()).isEqualTo("1至11月，PM2.5平均浓度为23微克/立方米");
    }

    @Test
    void shouldMatchActualsInConvertibleUnitsAndKeepTheirWrittenUnit() {
        ExtractedMeasurement money = actual("全年为企业减负5亿元以上。", "1-11月，全市完成减负52300万元。");
        assertThat(money.value()).isEqualByComparingTo("52300");
        assertThat(money.unit()).isEqualTo("万元");
        ExtractedMeasurement energy = actual("全年节约用能0.3万吨标煤。", "全年节约用能3382.46吨标煤。");
        assertThat(energy.value()).isEqualByComparingTo("3382.46");
        assertThat(energy.unit()).isEqualTo("吨标煤");
    }

    @Test
    void shouldMatchByNameAmongSeveralIndicators() {
        Extraction e = extract("力争规上工业增加值增长8%，数字经济核心产业增加值增长10%。",
                "1—11月，规上工业增加值增长8.5%，数字经济核心产业增加值增长11.2%。");
        assertThat(e.indicators()).extracting(i -> i.name() + "=" + i.measurements().get(0).value().toPlainString())
                .containsExactly("规上工业增加值=8.5", "数字经济核心产业增加值=11.2");
        assertThat(e.indicators().get(1).measurements().get(0).sourceText()).isEqualTo("数字经济核心产业增加值增长11.2%");
    }

    @Test
    void shouldMeasureAFirmAndAStretchTargetOfOneIndicatorAlike() {
        Extraction e = extract("确保地区生产总值增长6.5%、力争7%。", "全年地区生产总值同比增长7.1%。");
        assertThat(e.indicators()).hasSize(2).allSatisfy(i ->
                assertThat(i.measurements()).singleElement().satisfies(m ->
                        assertThat(m.value()).isEqualByComparingTo("7.1")));
    }

    @Test
    void shouldMatchTheCumulativeAdditionsOfAFlow() {
        ExtractedMeasurement m = actual("城镇新增就业2.5万人。", "截至11月底，累计新增就业2.3万人。");
        assertThat(m.value()).isEqualByComparingTo("2.3");
        assertThat(m.unit()).isEqualTo("万人");
        assertThat(m.period().to()).hasToString("2023-11-30");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            // a restated target
            "实现工业投资500亿元以上。 | 全年超额完成 500亿工业投资目标任务。",
            "力争数字经济核心产业增加值增长10%以上。 | 预计能完成数字经济核心产业增加值增长10%的目标。",
            // a different quantity next to the right one
            "力争数字经济核心产业增加值增长10%以上。 | 1-11月规上数字经济核心产业营收81.9亿元,增速38.2%,高于全省平均增速30个百分点。",
            "全年为企业减负50亿元以上。 | 截至12月底，全市在线兑付各级奖补资金20.26亿元，服务企业2820家次。",
            "实现工业投资500亿元以上。 | 1-12月，紧盯88个投资亿元以上项目，技改投资增长20%。",
            // stocks, not additions
            "新增规上工业企业60家。 | 全年规上工业企业将突破500家。",
            "新增省级以上“专精特新”企业30家。 | 2023年省级及以上专精特新企业累计突破130家。",
            // a level of another kind
            "力争规上工业亩均税收增长6%。 | 1-11月全市规上工业亩均税收48.3万元/亩，居全省第2位。",
            // a ranking
            "力争规上工业增加值增速居全省前3位。 | 1-11月，规上工业增加值增速居全省第2位。",
            // a specification
            "全年建成船舶50艘。 | 全年拓展15.4万吨穿梭油轮等高端船舶建造业务。",
            // another indicator of the same head noun
            "实现工业投资500亿元以上。 | 1-12月，完成技改投资210亿元。"})
    void shouldNotTakeTrapsForActuals(String content, String progress) {
        Extraction e = new IndicatorExtractor().extract(TaskText.of(content, progress), 2023);
        assertThat(e.indicators()).flatExtracting(ExtractedIndicator::measurements).isEmpty();
    }

    @Test
    void shouldPreferTheClosestNameForAnIndicator() {
        ExtractedMeasurement m = actual("新增省级以上“专精特新”企业30家。",
                "今年新增省级“专精特新”企业34家、国家级专精特新“小巨人”企业2家。");
        assertThat(m.value()).isEqualByComparingTo("34");
    }

    @Test
    void shouldReadAnActualCellWithThePeriodOfTheNarrative() {
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("实现工业投资500亿元以上。", null, "510亿元", "1-12月，紧盯重点项目，加快建设。"), 2023);
        assertThat(e.indicators().get(0).measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("510");
            assertThat(m.period().label()).isEqualTo("1-12月");
            assertThat(m.sourceText()).isEqualTo("510亿元");
        });
    }

    @Test
    void shouldDateABareActualCellWithoutPeriodByThePlanYear() {
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("实现工业投资500亿元以上。", null, "510亿元", null), 2023);
        assertThat(e.indicators().get(0).measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("510");
            assertThat(m.period()).isEqualTo(org.duban.quantity.Period.year(2023));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "无"})
    void shouldHandleEmptyCompletionTexts(String progress) {
        Extraction e = extract("实现工业投资500亿元以上。", progress);
        assertThat(e.indicators()).singleElement().satisfies(i -> assertThat(i.measurements()).isEmpty());
    }

    @Test
    void shouldHandleNullTexts() {
        Extraction e = new IndicatorExtractor().extract(new TaskText(null, null, null, null), 2023);
        assertThat(e.indicators()).isEmpty();
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void shouldQuoteTheClauseThatNamesARateWrittenAfterItsLevel() {
        ExtractedMeasurement m = actual("一般公共预算收入增长5%。", "1-11月，全市一般公共预算收入128.6亿元，同比增长8.2%。");
        assertThat(m.value()).isEqualByComparingTo("8.2");
        assertThat(m.sourceText()).isEqualTo("1-11月，全市一般公共预算收入128.6亿元，同比增长8.2%");
    }

    @Test
    void shouldNotLendANameAcrossSentences() {
        List<ExtractedMeasurement> found = actuals("确保地区生产总值增长6.5%。", "上半年，地区生产总值增长6.8%；前三季度增长6.9%。");
        assertThat(found).extracting(m -> m.value().toPlainString()).containsExactly("6.8");
    }
}
