package org.duban.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.assessment.Facts.JAN_JUN;
import static org.duban.assessment.Facts.JAN_NOV;
import static org.duban.assessment.Facts.actual;
import static org.duban.assessment.Facts.cumulative;
import static org.duban.assessment.Facts.indicator;
import static org.duban.quantity.MeasurementStatus.ESTIMATED;
import static org.duban.quantity.MeasurementStatus.FINAL;

import java.time.LocalDate;
import java.util.List;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.Period;
import org.junit.jupiter.api.Test;

/** Rows 7 to 9 of the rule table: a flow measured over part of the target period, judged against 序时进度. */
class PartialCumulativeRuleTest {

    private final AssessmentRules rules = new AssessmentRules();
    // 120 亿元 a year makes the half-year bar 60 and its 90 % exactly 54.
    private final IndicatorFacts investment = cumulative("工业投资", MeasureKind.LEVEL, Comparator.GTE, "120", "亿元");

    private Assessment halfYear(String value) {
        return rules.assess(investment, List.of(actual(1, value, "亿元", JAN_JUN, FINAL)));
    }

    @Test
    void shouldBeMetWhenThePartialFlowAlreadyReachesTheFullTarget() {
        IndicatorFacts relief = cumulative("为企业减负", MeasureKind.LEVEL, Comparator.GTE, "50", "亿元");

        Assessment assessment = rules.assess(relief, List.of(actual(1, "51.5", "亿元", JAN_NOV, FINAL)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.MET);
        assertThat(assessment.rule()).isEqualTo(AssessmentRules.PARTIAL_CUMULATIVE);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.03");
        assertThat(assessment.expectedByNow()).isEqualByComparingTo("45.8333");
        assertThat(assessment.explanation()).isEqualTo("1-11月完成51.5亿元，已达全年目标50亿元的103%");
    }

    @Test
    void shouldStayMetNotExceededBeforeThePeriodEndsHoweverFarAhead() {
        assertThat(halfYear("200").verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void shouldBeLikelyMetWhenAnEstimateAlreadyReachesTheFullTarget() {
        Assessment assessment = rules.assess(investment, List.of(actual(1, "121", "亿元", JAN_NOV, ESTIMATED)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.LIKELY_MET);
        assertThat(assessment.explanation()).isEqualTo("预计1-11月完成121亿元，已达全年目标120亿元的101%（预计值）");
    }

    @Test
    void shouldBeOnTrackExactlyAtTheProRataTarget() {
        Assessment assessment = halfYear("60");

        assertThat(assessment.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(assessment.expectedByNow()).isEqualByComparingTo("60");
        assertThat(assessment.ratio()).isEqualByComparingTo("0.5");
        assertThat(assessment.explanation()).isEqualTo("1-6月完成60亿元，全年目标120亿元按序时进度50%应为60亿元，进度正常");
    }

    @Test
    void shouldBeAtRiskJustBelowTheProRataTarget() {
        assertThat(halfYear("59.99").verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void shouldBeAtRiskAtExactlyNinetyPercentOfTheProRataTarget() {
        Assessment assessment = halfYear("54");

        assertThat(assessment.verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(assessment.explanation()).endsWith("未达序时进度但差距在10%以内，进度存在风险");
    }

    @Test
    void shouldBeOffTrackBelowNinetyPercentOfTheProRataTarget() {
        Assessment assessment = halfYear("53.99");

        assertThat(assessment.verdict()).isEqualTo(Verdict.OFF_TRACK);
        assertThat(assessment.explanation()).endsWith("与序时进度差距超过10%，进度滞后");
    }

    @Test
    void shouldCountMonthsForWholeMonthPeriods() {
        // 1-11月 of a year is 11/12, not 334/365 days.
        Assessment assessment = rules.assess(investment, List.of(actual(1, "110", "亿元", JAN_NOV, FINAL)));

        assertThat(assessment.expectedByNow()).isEqualByComparingTo("110");
        assertThat(assessment.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(assessment.explanation()).contains("按序时进度91.7%应为110亿元");
    }

    @Test
    void shouldCountDaysForAPeriodEndingMidMonth() {
        // 1月1日–6月15日 is 166 of 365 days; a 365 亿元 target makes the bar exactly 166 亿元.
        IndicatorFacts target = cumulative("工业投资", MeasureKind.LEVEL, Comparator.GTE, "365", "亿元");
        Period toJune15 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 15), "截至6月15日");

        Assessment onTrack = rules.assess(target, List.of(actual(1, "166", "亿元", toJune15, FINAL)));
        Assessment atRisk = rules.assess(target, List.of(actual(1, "165.99", "亿元", toJune15, FINAL)));

        assertThat(onTrack.expectedByNow()).isEqualByComparingTo("166");
        assertThat(onTrack.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(onTrack.explanation()).contains("按序时进度45.5%应为166亿元");
        assertThat(atRisk.verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void shouldRoundTheExpectedValueToFourDecimals() {
        IndicatorFacts hundred = cumulative("工业投资", MeasureKind.LEVEL, Comparator.GTE, "100", "亿元");
        Period toJune15 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 15), "截至6月15日");

        Assessment assessment = rules.assess(hundred, List.of(actual(1, "41", "亿元", toJune15, FINAL)));

        // 100 × 166/365 = 45.479452…, whose 90 % is 40.93
        assertThat(assessment.expectedByNow()).isEqualByComparingTo("45.4795");
        assertThat(assessment.verdict()).isEqualTo(Verdict.AT_RISK);
    }

    @Test
    void shouldShowTheEstimateMarkOnPartialVerdicts() {
        Assessment assessment = rules.assess(investment, List.of(actual(1, "70", "亿元", JAN_JUN, ESTIMATED)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(assessment.explanation()).startsWith("预计1-6月完成70亿元").endsWith("（预计值）");
    }

    @Test
    void shouldJudgeACapAgainstItsProRataShareWithTenPercentSlack() {
        // 能耗总量控制在100万吨标煤以内: the half-year bar is 50, AT_RISK up to 55.
        IndicatorFacts energy = indicator("能耗总量", MeasureKind.LEVEL, Accumulation.CUMULATIVE, Direction.DESCENDING,
                Comparator.LTE, "100", "万吨标煤");

        assertThat(verdict(energy, "50")).isEqualTo(Verdict.ON_TRACK);
        assertThat(verdict(energy, "55")).isEqualTo(Verdict.AT_RISK);
        assertThat(verdict(energy, "55.01")).isEqualTo(Verdict.OFF_TRACK);
    }

    @Test
    void shouldBeOffTrackWhenACapIsAlreadyBrokenBeforeThePeriodEnds() {
        IndicatorFacts energy = indicator("能耗总量", MeasureKind.LEVEL, Accumulation.CUMULATIVE, Direction.DESCENDING,
                Comparator.LTE, "100", "万吨标煤");

        Assessment assessment = rules.assess(energy, List.of(actual(1, "100.5", "万吨标煤", JAN_NOV, FINAL)));

        // Against the 11/12 bar alone (91.67, +10 % = 100.83) this would only be AT_RISK.
        assertThat(assessment.verdict()).isEqualTo(Verdict.OFF_TRACK);
        assertThat(assessment.explanation()).isEqualTo("1-11月完成100.5万吨标煤，已突破全年目标100万吨标煤以内，进度滞后");
    }

    @Test
    void shouldNotCallAnApproximateTargetMetBeforeThePeriodEnds() {
        // 约120亿元 reached by June would overshoot by December: judged against the pro-rata bar instead.
        IndicatorFacts about = cumulative("工业投资", MeasureKind.LEVEL, Comparator.APPROX, "120", "亿元");

        assertThat(verdict(about, "120")).isEqualTo(Verdict.OFF_TRACK);
        assertThat(verdict(about, "63")).isEqualTo(Verdict.ON_TRACK);
        assertThat(verdict(about, "66")).isEqualTo(Verdict.AT_RISK);
        assertThat(verdict(about, "53.99")).isEqualTo(Verdict.OFF_TRACK);
    }

    private Verdict verdict(IndicatorFacts indicator, String halfYearValue) {
        return rules.assess(indicator, List.of(actual(1, halfYearValue, indicator.targetUnit(), JAN_JUN, FINAL)))
                .verdict();
    }
}
