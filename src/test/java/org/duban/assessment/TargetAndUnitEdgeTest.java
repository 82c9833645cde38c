package org.duban.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duban.assessment.Facts.JAN_DEC;
import static org.duban.assessment.Facts.JAN_JUN;
import static org.duban.assessment.Facts.YEAR_2023;
import static org.duban.assessment.Facts.actual;
import static org.duban.assessment.Facts.cumulative;
import static org.duban.assessment.Facts.indicator;
import static org.duban.assessment.Facts.pointInTime;
import static org.duban.quantity.MeasurementStatus.FINAL;

import java.math.BigDecimal;
import java.util.List;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.junit.jupiter.api.Test;

/** Rows 1 to 4 of the rule table, and the edges of targets, directions and units. */
class TargetAndUnitEdgeTest {

    private final AssessmentRules rules = new AssessmentRules();

    @Test
    void shouldLeaveMilestonesToAPerson() {
        IndicatorFacts gigabit = indicator("千兆城市", MeasureKind.MILESTONE, Accumulation.POINT_IN_TIME,
                Direction.ASCENDING, null, null, null);

        Assessment assessment = rules.assess(gigabit, List.of(actual(1, "1", "个", YEAR_2023, FINAL)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(assessment.rule()).isEqualTo(AssessmentRules.NOT_ASSESSABLE_KIND);
        assertThat(assessment.explanation()).isEqualTo("里程碑类指标需人工评定");
        assertThat(assessment.basedOnMeasurementId()).isNull();
    }

    @Test
    void shouldLeaveRanksToAPersonEvenWithANumericTarget() {
        IndicatorFacts rank = indicator("争先进位", MeasureKind.RANK, Accumulation.POINT_IN_TIME,
                Direction.DESCENDING, Comparator.LTE, "2", "位");

        Assessment assessment = rules.assess(rank, List.of(actual(1, "1", "位", YEAR_2023, FINAL)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(assessment.explanation()).isEqualTo("排名类指标需人工评定");
    }

    @Test
    void shouldNotAssessAnIndicatorWithoutTarget() {
        IndicatorFacts tracking = pointInTime("规上工业亩均税收", MeasureKind.LEVEL, null, null, null);

        Assessment assessment = rules.assess(tracking, List.of(actual(1, "48.3", "万元/亩", JAN_JUN, FINAL)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(assessment.rule()).isEqualTo(AssessmentRules.NO_TARGET);
        assertThat(assessment.explanation()).isEqualTo("未设定量化目标，需人工评定");
    }

    @Test
    void shouldHaveNoDataWithoutMeasurements() {
        IndicatorFacts digital = pointInTime("数字经济核心产业增加值", MeasureKind.GROWTH_RATE, Comparator.GTE, "10", "%");

        Assessment assessment = rules.assess(digital, List.of());

        assertThat(assessment).isEqualTo(new Assessment(Verdict.NO_DATA, null, null, null,
                AssessmentRules.NO_MEASUREMENT, "暂无完成数据"));
    }

    @Test
    void shouldNotAssessUnitsThatCannotBeConverted() {
        IndicatorFacts investment = cumulative("工业投资", MeasureKind.LEVEL, Comparator.GTE, "500", "亿元");

        Assessment assessment = rules.assess(investment, List.of(actual(7, "88", "家", JAN_DEC, FINAL)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_ASSESSABLE);
        assertThat(assessment.rule()).isEqualTo(AssessmentRules.UNIT_MISMATCH);
        assertThat(assessment.ratio()).isNull();
        assertThat(assessment.basedOnMeasurementId()).isEqualTo(7L);
        assertThat(assessment.explanation()).isEqualTo("完成值单位“家”与目标单位“亿元”无法换算，需人工评定");
    }

    @Test
    void shouldNotTreatPercentagePointsAsPercent() {
        IndicatorFacts share = pointInTime("数字经济占比", MeasureKind.SHARE, Comparator.GTE, "4", "个百分点");

        Assessment assessment = rules.assess(share, List.of(actual(1, "5", "%", JAN_DEC, FINAL)));

        assertThat(assessment.rule()).isEqualTo(AssessmentRules.UNIT_MISMATCH);
    }

    @Test
    void shouldNotAssessAMeasurementWithoutUnitAgainstATargetWithOne() {
        IndicatorFacts investment = cumulative("工业投资", MeasureKind.LEVEL, Comparator.GTE, "500", "亿元");

        Assessment assessment = rules.assess(investment, List.of(actual(1, "510", null, JAN_DEC, FINAL)));

        assertThat(assessment.rule()).isEqualTo(AssessmentRules.UNIT_MISMATCH);
        assertThat(assessment.explanation()).contains("“无”");
    }

    @Test
    void shouldCompareTenThousandYuanWithHundredMillionYuan() {
        IndicatorFacts relief = cumulative("为企业减负", MeasureKind.LEVEL, Comparator.GTE, "50", "亿元");

        Assessment assessment = rules.assess(relief, List.of(actual(1, "515000", "万元", YEAR_2023, FINAL)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.MET);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.03");
        assertThat(assessment.explanation()).isEqualTo("2023年完成515000万元，达到全年目标50亿元，完成率103%");
    }

    @Test
    void shouldGiveTheExpectedValueInTheTargetsUnit() {
        IndicatorFacts relief = cumulative("为企业减负", MeasureKind.LEVEL, Comparator.GTE, "50", "亿元");

        Assessment assessment = rules.assess(relief, List.of(actual(1, "260000", "万元", JAN_JUN, FINAL)));

        assertThat(assessment.expectedByNow()).isEqualByComparingTo("25");
        assertThat(assessment.verdict()).isEqualTo(Verdict.ON_TRACK);
    }

    @Test
    void shouldCompareTonnesOfCoalWithTenThousandTonnes() {
        // Seed row 10: 0.3万吨标煤 → 3382.46吨标煤.
        IndicatorFacts saving = cumulative("节能量", MeasureKind.LEVEL, Comparator.GTE, "0.3", "万吨标煤");

        Assessment assessment = rules.assess(saving, List.of(actual(1, "3382.46", "吨标煤", YEAR_2023, FINAL)));

        assertThat(assessment.ratio()).isEqualByComparingTo("1.1275");
        assertThat(assessment.verdict()).isEqualTo(Verdict.EXCEEDED);
        assertThat(assessment.explanation()).isEqualTo("2023年完成3382.46吨标煤，超额完成全年目标0.3万吨标煤，完成率113%");
    }

    @Test
    void shouldCompareNumbersWhenNeitherSideHasAUnit() {
        IndicatorFacts index = pointInTime("景气指数", MeasureKind.LEVEL, Comparator.GTE, "100", null);

        Assessment assessment = rules.assess(index, List.of(actual(1, "103", null, YEAR_2023, FINAL)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.MET);
        assertThat(assessment.explanation()).isEqualTo("2023年为103，达到全年目标100，完成率103%");
    }

    @Test
    void shouldJudgeAZeroTargetByItsComparatorWithoutRatio() {
        // 安全生产事故 0 起: LTE 0.
        IndicatorFacts accidents = indicator("较大安全生产事故", MeasureKind.COUNT, Accumulation.CUMULATIVE,
                Direction.DESCENDING, Comparator.LTE, "0", "起");

        Assessment none = rules.assess(accidents, List.of(actual(1, "0", "起", YEAR_2023, FINAL)));
        Assessment one = rules.assess(accidents, List.of(actual(1, "1", "起", YEAR_2023, FINAL)));

        assertThat(none.verdict()).isEqualTo(Verdict.MET);
        assertThat(none.ratio()).isNull();
        assertThat(none.explanation()).isEqualTo("2023年完成0起，达到全年目标0起以内");
        assertThat(one.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(one.ratio()).isNull();
    }

    @Test
    void shouldNeverCallAZeroTargetExceeded() {
        IndicatorFacts noDecline = pointInTime("工业产值增速", MeasureKind.GROWTH_RATE, Comparator.GTE, "0", "%");

        Assessment assessment = rules.assess(noDecline, List.of(actual(1, "8", "%", YEAR_2023, FINAL)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.MET);
        assertThat(assessment.ratio()).isNull();
    }

    @Test
    void shouldJudgeANegativeDeclineTargetOverTheWholeYear() {
        IndicatorFacts energy = indicator("单位工业增加值能耗", MeasureKind.GROWTH_RATE, Accumulation.POINT_IN_TIME,
                Direction.DESCENDING, Comparator.LTE, "-3", "%");

        Assessment met = rules.assess(energy, List.of(actual(1, "-3.2", "%", YEAR_2023, FINAL)));
        Assessment missed = rules.assess(energy, List.of(actual(1, "-2", "%", YEAR_2023, FINAL)));

        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.ratio()).isNull();
        assertThat(met.explanation()).isEqualTo("2023年下降3.2%，达到全年目标下降3%以上");
        assertThat(missed.verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void shouldInvertTheRatioForDescendingIndicators() {
        IndicatorFacts pm25 = indicator("PM2.5年均浓度", MeasureKind.LEVEL, Accumulation.POINT_IN_TIME,
                Direction.DESCENDING, Comparator.LTE, "30", "微克/立方米");

        Assessment better = rules.assess(pm25, List.of(actual(1, "25", "微克/立方米", YEAR_2023, FINAL)));
        Assessment worse = rules.assess(pm25, List.of(actual(1, "32", "微克/立方米", YEAR_2023, FINAL)));

        assertThat(better.ratio()).isEqualByComparingTo("1.2");
        assertThat(better.verdict()).isEqualTo(Verdict.EXCEEDED);
        assertThat(worse.ratio()).isEqualByComparingTo("0.9375");
        assertThat(worse.verdict()).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void shouldHaveNoRatioWhenADescendingActualIsZero() {
        IndicatorFacts pollution = indicator("超标排放", MeasureKind.COUNT, Accumulation.CUMULATIVE,
                Direction.DESCENDING, Comparator.LTE, "5", "次");

        Assessment assessment = rules.assess(pollution, List.of(actual(1, "0", "次", YEAR_2023, FINAL)));

        assertThat(assessment.ratio()).isNull();
        assertThat(assessment.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void shouldReadAPlainTargetAsAFloorOrACapByDirection() {
        IndicatorFacts plainCount = cumulative("新增个转企", MeasureKind.COUNT, null, "200", "家");
        IndicatorFacts plainCap = indicator("能耗总量", MeasureKind.LEVEL, Accumulation.CUMULATIVE,
                Direction.DESCENDING, null, "100", "万吨标煤");

        assertThat(plainCount.effectiveComparator()).isEqualTo(Comparator.GTE);
        assertThat(plainCap.effectiveComparator()).isEqualTo(Comparator.LTE);
        assertThat(rules.assess(plainCount, List.of(actual(1, "199", "家", YEAR_2023, FINAL))).verdict())
                .isEqualTo(Verdict.NOT_MET);
        assertThat(rules.assess(plainCap, List.of(actual(1, "99", "万吨标煤", YEAR_2023, FINAL))).verdict())
                .isEqualTo(Verdict.MET);
    }

    @Test
    void shouldRoundTheRatioToFourDecimalsHalfUp() {
        IndicatorFacts three = cumulative("新增项目", MeasureKind.COUNT, Comparator.GTE, "3", "个");
        IndicatorFacts eight = cumulative("新增项目", MeasureKind.COUNT, Comparator.GTE, "80000", "个");

        assertThat(rules.assess(three, List.of(actual(1, "2", "个", YEAR_2023, FINAL))).ratio())
                .isEqualTo(new BigDecimal("0.6667"));
        // 84 ÷ 80000 = 0.00105 → 0.0011 (HALF_UP, not banker's rounding)
        assertThat(rules.assess(eight, List.of(actual(1, "84", "个", YEAR_2023, FINAL))).ratio())
                .isEqualTo(new BigDecimal("0.0011"));
    }

    @Test
    void shouldRequireAPeriodForATarget() {
        assertThatThrownBy(() -> new IndicatorFacts("工业投资", MeasureKind.LEVEL, Accumulation.CUMULATIVE,
                Direction.ASCENDING, Commitment.FIRM, Comparator.GTE, new BigDecimal("500"), "亿元", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
