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

    /**
     * Both lights a task can have, before and after its due date: the light depends on the date only through "is the
     * due date past?" ({@link TrafficLightRule}), so these two answer every {@code asOf}.
     */
    public static Pair both(List<Verdict> effectiveVerdicts, LocalDate dueDate) {
        if (dueDate == null) {
            TaskLight light = computed(effectiveVerdicts, null, LocalDate.EPOCH);
            return new Pair(light, light);
        }
        return new Pair(computed(effectiveVerdicts, dueDate, dueDate), computed(effectiveVerdicts, dueDate,
                dueDate.plusDays(1)));
    }

    /** The stored light of a task as of a date, or null while none is stored. */
    public static TaskLight stored(Task task, LocalDate asOf) {
        if (task.lightOpen == null) {
            return null;
        }
        return isOverdue(task.dueDate, asOf) ? new TaskLight(task.lightOverdue, task.lightOverdueReason)
                : new TaskLight(task.lightOpen, task.lightOpenReason);
    }

    static boolean isOverdue(LocalDate dueDate, LocalDate asOf) {
        return dueDate != null && asOf.isAfter(dueDate);
    }

    /** A task's light on and before its due date ({@code open}) and after it ({@code overdue}). */
    public record Pair(TaskLight open, TaskLight overdue) {

        public TaskLight asOf(LocalDate dueDate, LocalDate date) {
            return isOverdue(dueDate, date) ? overdue : open;
        }
    }

    public static Light effective(Light computed, Light override) {
        return override != null ? override : computed;
    }
}
