package org.duban.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.assessment.Facts.JAN_DEC;
import static org.duban.assessment.Facts.JAN_JUN;
import static org.duban.assessment.Facts.actual;
import static org.duban.assessment.Facts.cumulative;
import static org.duban.quantity.MeasurementStatus.FINAL;

import java.util.List;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A task's completion percentage (当前进度) is judged as a cumulative flow towards 100 %. */
class ProgressRuleTest {

    private final AssessmentRules rules = new AssessmentRules();
    private final IndicatorFacts progress = cumulative("完成进度", MeasureKind.PROGRESS, Comparator.GTE, "100", "%");

    @ParameterizedTest(name = "{0}% by 1-6月 → {1}")
    @CsvSource({"50, ON_TRACK, 50", "80, ON_TRACK, 50", "46, AT_RISK, 50", "30, OFF_TRACK, 50", "100, MET, 50"})
    void shouldJudgeAPartialProgressProRata(String value, Verdict verdict, String expected) {
        Assessment a = rules.assess(progress, List.of(actual(1, value, "%", JAN_JUN, FINAL)));
        assertThat(a.verdict()).isEqualTo(verdict);
        assertThat(a.rule()).isEqualTo(AssessmentRules.PARTIAL_CUMULATIVE);
        assertThat(a.expectedByNow()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0}% by the year's end → {1}")
    @CsvSource({"100, MET", "95, NOT_MET"})
    void shouldJudgeTheYearsProgressAgainstCompletion(String value, Verdict verdict) {
        Assessment a = rules.assess(progress, List.of(actual(1, value, "%", JAN_DEC, FINAL)));
        assertThat(a.verdict()).isEqualTo(verdict);
        assertThat(a.rule()).isEqualTo(AssessmentRules.WHOLE_PERIOD);
    }

    @ParameterizedTest(name = "1-3月 {0}%")
    @CsvSource({"25, ON_TRACK", "10, OFF_TRACK"})
    void shouldJudgeAFirstQuarter(String value, Verdict verdict) {
        Assessment a = rules.assess(progress, List.of(actual(1, value, "%", Period.months(2023, 1, 3, "1-3月"),
                FINAL)));
        assertThat(a.verdict()).isEqualTo(verdict);
    }
}
