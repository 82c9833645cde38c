package org.duban.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.assessment.Light;
import org.duban.assessment.TaskLight;
import org.duban.assessment.Verdict;
import org.duban.common.InvalidRequestException;
import org.duban.common.JpqlFilter;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.QueryParams;
import org.duban.common.ResourceNotFoundException;
import org.duban.common.SortOrder;
import org.duban.plan.Disclosure;
import org.duban.plan.PlanRepository;
import org.duban.plan.PlanVisibility;
import org.duban.unit.UnitRepository;

/**
 * The read side of tasks: one task and filtered pages of them, rendered from the read model (the lights stored by
 * {@link StoredLights}), so that a page costs the same few statements whatever its size and filters.
 */
@ApplicationScoped
public class TaskQueries {

    private static final Map<String, String> SORTABLE = Map.of("ordinal", "t.ordinal", "dueDate", "t.dueDate",
            "updatedAt", "t.updatedAt", "id", "t.id");

    /**
     * The effective light of {@code t} as of {@code :lightAsOf}, from stored columns: the editor's override, else the
     * stored light after or before the due date.
     */
    private static final String EFFECTIVE_LIGHT = "coalesce(t.lightOverride, case when t.dueDate < :lightAsOf"
            + " then t.lightOverdue else t.lightOpen end)";

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final TaskAccess access;
    private final PlanVisibility visibility;
    private final TaskVerdicts verdicts;

    public TaskQueries(TaskRepository tasks, PlanRepository plans, UnitRepository units, TaskAccess access,
            PlanVisibility visibility, TaskVerdicts verdicts) {
        this.tasks = tasks;
        this.plans = plans;
        this.units = units;
        this.access = access;
        this.visibility = visibility;
        this.verdicts = verdicts;
    }

    /** Filters of the task list; any may be null except {@code asOf}, the date lights are given for. */
    public record TaskQuery(Long planId, Long unitId, TaskStatus status, String q, Instant updatedSince, Light light,
                            String sort, LocalDate asOf) {
    }

    /**
     * A page of tasks with their lights. Every filter is a condition on columns, the light filter included (on the
     * stored lights), so the page and the total are cut by the database: the plan check, the page, the count and the
     * page's assignments, whatever the page size.
     */
    public PageResponse<TaskResponse> list(TaskQuery query, PageRequest page) {
        JpqlFilter filter = new JpqlFilter();
        if (visibility.publicOnly()) {
            filter.and("t.plan.disclosure = :visible", "visible", Disclosure.PUBLIC);
        }
        if (query.planId() != null) {
            if (plans.findByIdOptional(query.planId()).filter(visibility::canSee).isEmpty()) {
                throw new InvalidRequestException("plan", "no plan with id " + query.planId());
            }
            filter.and("t.plan.id = :plan", "plan", query.planId());
        }
        if (query.unitId() != null) {
            if (units.findByIdOptional(query.unitId()).isEmpty()) {
                throw new InvalidRequestException("unit", "no unit with id " + query.unitId());
            }
            // A unit answers for a task when it, one of its divisions, or a division named with it is assigned.
            filter.and("exists (select 1 from TaskAssignment a left join a.divisions d where a.task = t and"
                    + " (a.unit.id = :unit or a.unit.parent.id = :unit or d.id = :unit))", "unit", query.unitId());
        }
        if (query.status() != null) {
            filter.and("t.status = :status", "status", query.status());
        }
        if (query.updatedSince() != null) {
            filter.and("t.updatedAt > :since", "since", query.updatedSince());
        }
        if (query.light() != null) {
            filter.and(EFFECTIVE_LIGHT + " = :light", Map.of("lightAsOf", query.asOf(), "light", query.light()));
        }
        String like = QueryParams.likePattern(query.q());
        if (like != null) {
            filter.and("(lower(t.content) like :q escape '!' or exists (select 1 from TaskAssignment b"
                    + " where b.task = t and lower(b.unit.name) like :q escape '!'))", "q", like);
        }
        String orderBy = SortOrder.orderBy(query.sort(), "ordinal", SORTABLE, "t.id");
        var found = filter.page(tasks.getEntityManager(), "select t from Task t", "select count(t) from Task t",
                orderBy, page, Task.class);
        Map<Long, List<TaskAssignment>> assignments = tasks.assignmentsOf(found.rows().stream().map(t -> t.id).toList());
        Map<Long, TaskLight> lights = lights(found.rows(), query.asOf());
        return PageResponse.of(found.rows().stream().map(t -> TaskResponse.of(t,
                assignments.getOrDefault(t.id, List.of()), lights.get(t.id), query.asOf())).toList(), page,
                found.total());
    }

    /** The task with its light as of a date; 404 when absent or not visible to the caller. */
    public TaskResponse get(long id, LocalDate asOf) {
        Task task = tasks.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("task", id));
        access.requireVisible(task, "task", id);
        return TaskResponse.of(task, task.assignments, lights(List.of(task), asOf).get(task.id), asOf);
    }

    /**
     * The stored lights of the tasks; for tasks the read model has not reached (upkeep prevents it, but rows written
     * past the services could be), the computed ones, from one more query.
     */
    private Map<Long, TaskLight> lights(List<Task> found, LocalDate asOf) {
        Map<Long, TaskLight> lights = new HashMap<>();
        List<Task> unstored = new ArrayList<>();
        for (Task task : found) {
            TaskLight stored = TaskLights.stored(task, asOf);
            if (stored != null) {
                lights.put(task.id, stored);
            } else {
                unstored.add(task);
            }
        }
        if (!unstored.isEmpty()) {
            Map<Long, List<Verdict>> byTask = verdicts.effectiveVerdicts(TaskScope.ids(unstored.stream()
                    .map(t -> t.id).toList()));
            unstored.forEach(t -> lights.put(t.id, TaskLights.computed(byTask.get(t.id), t.dueDate, asOf)));
        }
        return lights;
    }
}
