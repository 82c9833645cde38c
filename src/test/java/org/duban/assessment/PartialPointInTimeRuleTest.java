package org.duban.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.assessment.Facts.JAN_NOV;
import static org.duban.assessment.Facts.actual;
import static org.duban.assessment.Facts.indicator;
import static org.duban.assessment.Facts.pointInTime;
import static org.duban.quantity.MeasurementStatus.ESTIMATED;
import static org.duban.quantity.MeasurementStatus.FINAL;

import java.util.List;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.junit.jupiter.api.Test;

/** Row 10 of the rule table: rates, shares and averages over part of the period are not pro-rated. */
class PartialPointInTimeRuleTest {

    private final AssessmentRules rules = new AssessmentRules();
    private final IndicatorFacts growth =
            pointInTime("规上工业增加值", MeasureKind.GROWTH_RATE, Comparator.GTE, "10", "%");

    private Assessment growth(String value) {
        return rules.assess(growth, List.of(actual(1, value, "%", JAN_NOV, FINAL)));
    }

    @Test
    void shouldBeOnTrackWhenThePartialValueMeetsTheFullTarget() {
        Assessment assessment = growth("17.3");

        assertThat(assessment.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(assessment.rule()).isEqualTo(AssessmentRules.PARTIAL_POINT_IN_TIME);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.73");
        assertThat(assessment.expectedByNow()).isNull();
        assertThat(assessment.explanation()).isEqualTo("1-11月增长17.3%，高于全年目标10%，按序时判断进度正常");
    }

    @Test
    void shouldBeOnTrackExactlyAtTheTarget() {
        Assessment assessment = growth("10");

        assertThat(assessment.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(assessment.explanation()).contains("达到全年目标10%");
    }

    @Test
    void shouldBeAtRiskAtNinePercentAgainstTen() {
        Assessment assessment = growth("9");

        assertThat(assessment.verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(assessment.explanation())
                .isEqualTo("1-11月增长9%，未达到全年目标10%但差距在10%以内，按序时判断存在风险");
    }

    @Test
    void shouldBeOffTrackBelowNinetyPercentOfTheTarget() {
        Assessment assessment = growth("8.99");

        assertThat(assessment.verdict()).isEqualTo(Verdict.OFF_TRACK);
        assertThat(assessment.explanation()).endsWith("且差距超过10%，按序时判断进度滞后");
    }

    @Test
    void shouldNotSoftenAPartialVerdictForAnEstimate() {
        Assessment assessment = rules.assess(growth, List.of(actual(1, "12", "%", JAN_NOV, ESTIMATED)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(assessment.explanation()).endsWith("（预计值）");
    }

    @Test
    void shouldJudgeADeclineTargetBySignedValues() {
        // "PM2.5浓度下降3%": GROWTH_RATE, DESCENDING, LTE −3 %; AT_RISK down to a decline of 2.7 %.
        IndicatorFacts pm25 = indicator("PM2.5平均浓度", MeasureKind.GROWTH_RATE, Accumulation.POINT_IN_TIME,
                Direction.DESCENDING, Comparator.LTE, "-3", "%");

        Assessment ahead = rules.assess(pm25, List.of(actual(1, "-3.5", "%", JAN_NOV, FINAL)));

        assertThat(ahead.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(ahead.ratio()).isNull();
        assertThat(ahead.explanation()).isEqualTo("1-11月下降3.5%，达到全年目标下降3%以上，按序时判断进度正常");
        assertThat(rules.assess(pm25, List.of(actual(1, "-2.7", "%", JAN_NOV, FINAL))).verdict())
                .isEqualTo(Verdict.AT_RISK);
        assertThat(rules.assess(pm25, List.of(actual(1, "-2.69", "%", JAN_NOV, FINAL))).verdict())
                .isEqualTo(Verdict.OFF_TRACK);
        assertThat(rules.assess(pm25, List.of(actual(1, "1.2", "%", JAN_NOV, FINAL))).explanation())
                .startsWith("1-11月增长1.2%，未达到全年目标下降3%以上");
    }

    @Test
    void shouldAllowTenPercentSlackAboveACap() {
        // 单位GDP能耗 at most 0.5 吨标煤/万元: up to 0.55 is AT_RISK.
        IndicatorFacts intensity = indicator("单位工业增加值能耗", MeasureKind.LEVEL, Accumulation.POINT_IN_TIME,
                Direction.DESCENDING, Comparator.LTE, "0.5", "吨标煤/万元");

        assertThat(rules.assess(intensity, List.of(actual(1, "0.48", "吨标煤/万元", JAN_NOV, FINAL))).explanation())
                .isEqualTo("1-11月为0.48吨标煤/万元，低于全年目标0.5吨标煤/万元以内，按序时判断进度正常");
        assertThat(rules.assess(intensity, List.of(actual(1, "0.55", "吨标煤/万元", JAN_NOV, FINAL))).verdict())
                .isEqualTo(Verdict.AT_RISK);
        assertThat(rules.assess(intensity, List.of(actual(1, "0.56", "吨标煤/万元", JAN_NOV, FINAL))).verdict())
                .isEqualTo(Verdict.OFF_TRACK);
    }
}
