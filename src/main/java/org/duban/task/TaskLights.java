package org.duban.task;

import java.time.LocalDate;
import java.util.List;
import org.duban.assessment.Light;
import org.duban.assessment.TaskLight;
import org.duban.assessment.TrafficLightRule;
import org.duban.assessment.Verdict;

/** A task's computed light from its indicators' effective verdicts, and the light that counts once an editor overrode it. */
public final class TaskLights {

    private TaskLights() {
    }

    public static TaskLight computed(List<Verdict> effectiveVerdicts, LocalDate dueDate, LocalDate asOf) {
        return TrafficLightRule.light(effectiveVerdicts == null ? List.of() : effectiveVerdicts, dueDate, asOf);
    }

    public static Light effective(Light computed, Light override) {
        return override != null ? override : computed;
    }
}
