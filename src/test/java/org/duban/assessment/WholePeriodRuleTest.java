package org.duban.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.assessment.Facts.JAN_DEC;
import static org.duban.assessment.Facts.YEAR_2023;
import static org.duban.assessment.Facts.actual;
import static org.duban.assessment.Facts.cumulative;
import static org.duban.assessment.Facts.pointInTime;
import static org.duban.quantity.MeasurementStatus.ESTIMATED;
import static org.duban.quantity.MeasurementStatus.FINAL;
import static org.duban.quantity.MeasurementStatus.PRELIMINARY;

import java.time.LocalDate;
import java.util.List;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.Period;
import org.junit.jupiter.api.Test;

/** Rows 5 and 6 of the rule table: the measurement covers the whole target period. */
class WholePeriodRuleTest {

    private final AssessmentRules rules = new AssessmentRules();
    private final IndicatorFacts companies = cumulative("新增个转企", MeasureKind.COUNT, Comparator.GTE, "200", "家");

    private Assessment companies(String value, MeasurementStatus status) {
        return rules.assess(companies, List.of(actual(1, value, "家", YEAR_2023, status)));
    }

    @Test
    void shouldBeMetWhenAFinalActualMeetsTheTargetByLessThanFivePercent() {
        Assessment assessment = companies("209", FINAL);

        assertThat(assessment.verdict()).isEqualTo(Verdict.MET);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.045");
        assertThat(assessment.rule()).isEqualTo(AssessmentRules.WHOLE_PERIOD);
        assertThat(assessment.expectedByNow()).isNull();
        assertThat(assessment.explanation()).isEqualTo("2023年完成209家，达到全年目标200家，完成率105%");
    }

    @Test
    void shouldBeExceededWhenAFinalRatioReachesOnePointZeroFive() {
        Assessment assessment = companies("210", FINAL);

        assertThat(assessment.verdict()).isEqualTo(Verdict.EXCEEDED);
        assertThat(assessment.explanation()).isEqualTo("2023年完成210家，超额完成全年目标200家，完成率105%");
    }

    @Test
    void shouldBeExceededWhenAPreliminaryRatioReachesOnePointZeroFive() {
        assertThat(companies("230", PRELIMINARY).verdict()).isEqualTo(Verdict.EXCEEDED);
    }

    @Test
    void shouldBeLikelyMetNotExceededWhenAnEstimateReachesOnePointZeroFive() {
        Assessment assessment = companies("300", ESTIMATED);

        assertThat(assessment.verdict()).isEqualTo(Verdict.LIKELY_MET);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.5");
        assertThat(assessment.explanation()).isEqualTo("预计2023年完成300家，达到全年目标200家，完成率150%（预计值）");
    }

    @Test
    void shouldBeNotMetWhenAFinalActualMissesTheTarget() {
        Assessment assessment = companies("180", FINAL);

        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(assessment.ratio()).isEqualByComparingTo("0.9");
        assertThat(assessment.explanation()).isEqualTo("2023年完成180家，未达到全年目标200家，完成率90%");
    }

    @Test
    void shouldBeLikelyNotMetWhenAnEstimateMissesTheTarget() {
        Assessment assessment = companies("199", ESTIMATED);

        assertThat(assessment.verdict()).isEqualTo(Verdict.LIKELY_NOT_MET);
        assertThat(assessment.explanation()).endsWith("（预计值）");
    }

    @Test
    void shouldCompareAQualifiedValueAsWrittenAndShowTheQualifier() {
        // "超60家" against "60家": 60 is compared as 60, and 60 ≥ 60.
        IndicatorFacts newFirms = cumulative("新增规上工业企业", MeasureKind.COUNT, Comparator.GTE, "60", "家");
        Period wholeYear = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "全年");

        Assessment assessment = rules.assess(newFirms,
                List.of(actual(1, "60", "家", Comparator.GT, wholeYear, ESTIMATED)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.LIKELY_MET);
        assertThat(assessment.ratio()).isEqualByComparingTo("1");
        assertThat(assessment.explanation()).isEqualTo("预计全年完成超60家，达到全年目标60家，完成率100%（预计值）");
    }

    @Test
    void shouldNotMeetAStrictTargetWithAnEqualValue() {
        IndicatorFacts beyond = cumulative("工业投资", MeasureKind.LEVEL, Comparator.GT, "500", "亿元");

        Assessment equal = rules.assess(beyond, List.of(actual(1, "500", "亿元", JAN_DEC, FINAL)));
        Assessment above = rules.assess(beyond, List.of(actual(1, "500.01", "亿元", JAN_DEC, FINAL)));

        assertThat(equal.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(equal.explanation()).contains("全年目标超500亿元");
        assertThat(above.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void shouldMeetAnApproximateTargetWithinFivePercentOnEitherSide() {
        IndicatorFacts about = cumulative("工业总产值", MeasureKind.LEVEL, Comparator.APPROX, "760", "亿元");

        for (String inside : List.of("722", "760", "798")) {
            assertThat(rules.assess(about, List.of(actual(1, inside, "亿元", JAN_DEC, FINAL))).verdict())
                    .as(inside).isEqualTo(Verdict.MET);
        }
        for (String outside : List.of("721.99", "798.01")) {
            Assessment assessment = rules.assess(about, List.of(actual(1, outside, "亿元", JAN_DEC, FINAL)));
            assertThat(assessment.verdict()).as(outside).isEqualTo(Verdict.NOT_MET);
            assertThat(assessment.explanation()).contains("偏离全年目标约760亿元");
        }
    }

    @Test
    void shouldNeverCallAnApproximateTargetExceeded() {
        // 798 ÷ 760 = 1.05: at the edge of the band, but over-fulfilling "约760亿" is not a thing.
        IndicatorFacts about = cumulative("工业总产值", MeasureKind.LEVEL, Comparator.APPROX, "760", "亿元");

        Assessment assessment = rules.assess(about, List.of(actual(1, "798", "亿元", JAN_DEC, FINAL)));

        assertThat(assessment.ratio()).isEqualByComparingTo("1.05");
        assertThat(assessment.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void shouldTreatAPeriodEndingAfterTheTargetPeriodAsWhole() {
        Period toJanuary = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 15), "截至2024年1月15日");

        Assessment assessment = rules.assess(companies, List.of(actual(1, "201", "家", toJanuary, FINAL)));

        assertThat(assessment.rule()).isEqualTo(AssessmentRules.WHOLE_PERIOD);
        assertThat(assessment.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void shouldJudgeAWholePeriodRateOnItsValueNotProRata() {
        IndicatorFacts growth = pointInTime("规上工业增加值", MeasureKind.GROWTH_RATE, Comparator.GTE, "10", "%");

        Assessment assessment = rules.assess(growth, List.of(actual(1, "9.5", "%", YEAR_2023, FINAL)));

        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(assessment.explanation()).isEqualTo("2023年增长9.5%，未达到全年目标10%，完成率95%");
    }
}
