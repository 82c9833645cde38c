package org.duban.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.assessment.Facts.JAN_DEC;
import static org.duban.assessment.Facts.JAN_JUN;
import static org.duban.assessment.Facts.JAN_NOV;
import static org.duban.assessment.Facts.REPORTED;
import static org.duban.assessment.Facts.actual;
import static org.duban.assessment.Facts.cumulative;
import static org.duban.assessment.Facts.reported;
import static org.duban.quantity.MeasurementStatus.ESTIMATED;
import static org.duban.quantity.MeasurementStatus.FINAL;
import static org.duban.quantity.MeasurementStatus.PRELIMINARY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.Period;
import org.junit.jupiter.api.Test;

class DecisiveMeasurementTest {

    private final AssessmentRules rules = new AssessmentRules();

    @Test
    void shouldPreferThePeriodThatEndsLatestOverFinality() {
        MeasurementFacts finalNov = reported(1, JAN_NOV, FINAL, REPORTED);
        MeasurementFacts estimatedDec = reported(2, JAN_DEC, ESTIMATED, REPORTED);

        assertThat(AssessmentRules.decisive(List.of(finalNov, estimatedDec))).contains(estimatedDec);
    }

    @Test
    void shouldPreferFinalOverPreliminaryOverEstimatedForTheSameEnd() {
        MeasurementFacts estimated = reported(1, JAN_DEC, ESTIMATED, REPORTED.plusSeconds(60));
        MeasurementFacts preliminary = reported(2, JAN_DEC, PRELIMINARY, REPORTED.plusSeconds(30));
        MeasurementFacts fin = reported(3, JAN_DEC, FINAL, REPORTED);

        assertThat(AssessmentRules.decisive(List.of(estimated, preliminary, fin))).contains(fin);
        assertThat(AssessmentRules.decisive(List.of(estimated, preliminary))).contains(preliminary);
    }

    @Test
    void shouldPreferTheLatestReportedForTheSameEndAndStatus() {
        MeasurementFacts older = reported(9, JAN_DEC, FINAL, REPORTED);
        MeasurementFacts newer = reported(1, JAN_DEC, FINAL, REPORTED.plusSeconds(1));

        assertThat(AssessmentRules.decisive(List.of(older, newer))).contains(newer);
    }

    @Test
    void shouldTreatAnUnknownReportTimeAsTheOldest() {
        MeasurementFacts unknown = reported(9, JAN_DEC, FINAL, null);
        MeasurementFacts known = reported(1, JAN_DEC, FINAL, REPORTED);

        assertThat(AssessmentRules.decisive(List.of(unknown, known))).contains(known);
    }

    @Test
    void shouldBreakRemainingTiesByTheHighestId() {
        MeasurementFacts low = reported(3, JAN_DEC, FINAL, REPORTED);
        MeasurementFacts high = reported(7, JAN_DEC, FINAL, REPORTED);

        assertThat(AssessmentRules.decisive(List.of(high, low))).contains(high);
        assertThat(AssessmentRules.decisive(List.of(low, high))).contains(high);
    }

    @Test
    void shouldChooseTheSameMeasurementWhateverTheListOrder() {
        List<MeasurementFacts> all = new ArrayList<>(List.of(
                reported(1, JAN_JUN, FINAL, REPORTED),
                reported(2, JAN_NOV, FINAL, REPORTED),
                reported(3, JAN_DEC, ESTIMATED, REPORTED.plusSeconds(99)),
                reported(4, JAN_DEC, PRELIMINARY, REPORTED),
                reported(5, JAN_DEC, PRELIMINARY, REPORTED),
                reported(6, JAN_NOV, FINAL, REPORTED.plusSeconds(500))));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(all, random);
            assertThat(AssessmentRules.decisive(all)).hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(5));
        }
    }

    @Test
    void shouldFindNoneInAnEmptyList() {
        assertThat(AssessmentRules.decisive(List.of())).isEmpty();
    }

    @Test
    void shouldJudgeByTheDecisiveMeasurement() {
        IndicatorFacts investment = cumulative("工业投资", MeasureKind.LEVEL, Comparator.GTE, "500", "亿元");

        Assessment assessment = rules.assess(investment, List.of(
                actual(1, "470", "亿元", JAN_NOV, FINAL),
                actual(2, "510", "亿元", Comparator.GTE, JAN_DEC, ESTIMATED)));

        assertThat(assessment.basedOnMeasurementId()).isEqualTo(2L);
        assertThat(assessment.verdict()).isEqualTo(Verdict.LIKELY_MET);
    }

    @Test
    void shouldIgnoreMeasurementsOfAnotherYear() {
        IndicatorFacts investment = cumulative("工业投资", MeasureKind.LEVEL, Comparator.GTE, "500", "亿元");
        MeasurementFacts lastYear = actual(1, "480", "亿元", Period.year(2022), FINAL);
        MeasurementFacts nextYear = actual(2, "120", "亿元", Period.months(2024, 1, 3, "1-3月"), FINAL);
        MeasurementFacts thisYear = actual(3, "300", "亿元", JAN_JUN, FINAL);

        assertThat(rules.assess(investment, List.of(lastYear, nextYear, thisYear)).basedOnMeasurementId())
                .isEqualTo(3L);
        Assessment none = rules.assess(investment, List.of(lastYear, nextYear));
        assertThat(none.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(none.explanation()).isEqualTo("暂无2023年的完成数据");
    }

    @Test
    void shouldCountOnlyThePartOfAPeriodThatLiesInsideTheTargetPeriod() {
        IndicatorFacts investment = cumulative("工业投资", MeasureKind.LEVEL, Comparator.GTE, "500", "亿元");
        Period julyToJune = new Period(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 6, 30), "2022年7月至2023年6月");

        Assessment assessment = rules.assess(investment, List.of(actual(1, "300", "亿元", julyToJune, FINAL)));

        assertThat(assessment.expectedByNow()).isEqualByComparingTo("250");
        assertThat(assessment.verdict()).isEqualTo(Verdict.ON_TRACK);
    }
}
