package org.duban.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duban.assessment.Light;
import org.duban.assessment.TaskLight;
import org.duban.assessment.Verdict;
import org.duban.indicator.AssessedIndicator;
import org.duban.plan.Plan;
import org.duban.task.AssignmentRole;
import org.duban.task.AssignmentRow;
import org.duban.task.TaskLights;
import org.duban.task.TaskRow;

/**
 * A plan's tasks with their lights as of a date, their assessed indicators and their units' roles, read once and
 * counted in Java: the verdicts and lights come from the rules, which SQL cannot apply.
 */
final class PlanAssessment {

    final Plan plan;
    final LocalDate asOf;
    final List<TaskRow> tasks;
    final Map<Long, TaskLight> computedLights = new HashMap<>();
    final Map<Long, Light> effectiveLights = new HashMap<>();
    final Map<Long, List<AssessedIndicator>> indicatorsByTask;
    /** Units in the order the plan first names them, with the tasks they hold in each role. */
    final Map<Long, UnitRoles> units = new LinkedHashMap<>();

    /** One unit's tasks by role (a division named with an assignment is counted under its unit, not on its own). */
    static final class UnitRoles {
        final long unitId;
        final String name;
        final Set<Long> led = new HashSet<>();
        final Set<Long> coLed = new HashSet<>();
        final Set<Long> supporting = new HashSet<>();

        UnitRoles(long unitId, String name) {
            this.unitId = unitId;
            this.name = name;
        }

        /** Tasks the unit leads, first-listed or not (牵头单位 covers both). */
        Set<Long> leading() {
            Set<Long> all = new HashSet<>(led);
            all.addAll(coLed);
            return all;
        }
    }

    PlanAssessment(Plan plan, LocalDate asOf, List<TaskRow> tasks, List<AssessedIndicator> indicators,
            List<AssignmentRow> assignments) {
        this.plan = plan;
        this.asOf = asOf;
        this.tasks = tasks;
        this.indicatorsByTask = indicators.stream().collect(Collectors.groupingBy(AssessedIndicator::taskId));
        for (TaskRow task : tasks) {
            List<Verdict> verdicts = indicatorsByTask.getOrDefault(task.id(), List.of()).stream()
                    .map(AssessedIndicator::effectiveVerdict).toList();
            TaskLight computed = TaskLights.computed(verdicts, task.dueDate(), asOf);
            computedLights.put(task.id(), computed);
            effectiveLights.put(task.id(), TaskLights.effective(computed.light(), task.lightOverride()));
        }
        Map<Long, Integer> ordinals = new HashMap<>();
        tasks.forEach(t -> ordinals.put(t.id(), t.ordinal()));
        List<AssignmentRow> ordered = new ArrayList<>(assignments);
        ordered.sort(java.util.Comparator.comparing((AssignmentRow a) -> ordinals.getOrDefault(a.taskId(), 0))
                .thenComparing(AssignmentRow::position));
        Set<Long> seen = new HashSet<>();
        for (AssignmentRow a : ordered) {
            if (!seen.add(a.assignmentId())) {
                continue;
            }
            UnitRoles unit = units.computeIfAbsent(a.unitId(), id -> new UnitRoles(id, a.unitName()));
            (a.role() == AssignmentRole.LEAD ? unit.led : a.role() == AssignmentRole.CO_LEAD ? unit.coLed
                    : unit.supporting).add(a.taskId());
        }
    }

    /** Units that lead or co-lead at least one task (牵头单位), in the order the plan first names them. */
    Stream<UnitRoles> leadUnits() {
        return units.values().stream().filter(u -> !u.led.isEmpty() || !u.coLed.isEmpty());
    }

    List<Long> allTaskIds() {
        return tasks.stream().map(TaskRow::id).toList();
    }

    Map<Light, Long> tasksByLight(Collection<Long> taskIds) {
        return Tally.count(Light.class, taskIds, effectiveLights::get);
    }

    Map<Verdict, Long> indicatorsByVerdict(Collection<Long> taskIds) {
        List<AssessedIndicator> indicators = taskIds.stream()
                .flatMap(id -> indicatorsByTask.getOrDefault(id, List.of()).stream()).toList();
        return Tally.count(Verdict.class, indicators, AssessedIndicator::effectiveVerdict);
    }

    static BigDecimal shareMet(Map<Verdict, Long> byVerdict) {
        return Tally.shareMet(byVerdict);
    }
}
