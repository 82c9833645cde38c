package org.duban.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duban.assessment.Light;
import org.duban.assessment.TrafficLightRule;
import org.duban.assessment.Verdict;
import org.junit.jupiter.api.Test;

/** The two stored lights of a task answer every date exactly as the rule computed for that date would. */
class TaskLightsTest {

    private static final LocalDate DUE = LocalDate.of(2023, 12, 31);

    @Test
    void shouldStoreTheLightBeforeAndAfterTheDueDate() {
        TaskLights.Pair lights = TaskLights.both(List.of(Verdict.NO_DATA, Verdict.MET), DUE);
        assertThat(lights.open().light()).isEqualTo(Light.GREEN);
        assertThat(lights.overdue().light()).isEqualTo(Light.YELLOW);
        assertThat(lights.overdue().reason()).isEqualTo("1项指标已过完成时限2023-12-31仍无数据");
    }

    @Test
    void shouldAnswerEveryDateAsTheRuleDoes() {
        List<List<Verdict>> cases = List.of(List.of(), List.of(Verdict.NO_DATA), List.of(Verdict.AT_RISK, Verdict.NO_DATA),
                List.of(Verdict.NOT_MET, Verdict.NO_DATA), List.of(Verdict.NOT_ASSESSABLE), List.of(Verdict.ON_TRACK));
        for (List<Verdict> verdicts : cases) {
            for (LocalDate due : new LocalDate[] {DUE, null}) {
                TaskLights.Pair lights = TaskLights.both(verdicts, due);
                for (LocalDate asOf = DUE.minusDays(2); asOf.isBefore(DUE.plusDays(3)); asOf = asOf.plusDays(1)) {
                    assertThat(lights.asOf(due, asOf)).as(verdicts + " due " + due + " as of " + asOf)
                            .isEqualTo(TrafficLightRule.light(verdicts, due, asOf));
                }
            }
        }
    }
}
