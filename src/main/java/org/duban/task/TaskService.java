package org.duban.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.assessment.Light;
import org.duban.assessment.TaskLight;
import org.duban.assessment.TrafficLightRule;
import org.duban.assessment.Verdict;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.AccessDeniedException;
import org.duban.common.ConflictException;
import org.duban.common.EntityTags;
import org.duban.common.InvalidRequestException;
import org.duban.common.JpqlFilter;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.PatchBase;
import org.duban.common.QueryParams;
import org.duban.common.ResourceNotFoundException;
import org.duban.common.SortOrder;
import org.duban.common.Violation;
import org.duban.plan.Disclosure;
import org.duban.plan.Plan;
import org.duban.plan.PlanRepository;
import org.duban.plan.PlanVisibility;
import org.duban.unit.Unit;
import org.duban.unit.UnitRepository;

/** The rules of tasks: ordinals unique within a plan, units of the plan's region, divisions under their unit. */
@ApplicationScoped
public class TaskService {

    private static final Map<String, String> SORTABLE = Map.of("ordinal", "t.ordinal", "dueDate", "t.dueDate",
            "updatedAt", "t.updatedAt", "id", "t.id");

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final EntityTags tags;
    private final TaskVerdicts verdicts;
    private final TaskAccess access;
    private final PlanVisibility visibility;
    private final AuditLog audit;

    public TaskService(TaskRepository tasks, PlanRepository plans, UnitRepository units, EntityTags tags,
            TaskVerdicts verdicts, TaskAccess access, PlanVisibility visibility, AuditLog audit) {
        this.tasks = tasks;
        this.plans = plans;
        this.units = units;
        this.tags = tags;
        this.verdicts = verdicts;
        this.access = access;
        this.visibility = visibility;
        this.audit = audit;
    }

    /** Filters of the task list; any may be null except {@code asOf}, the date lights are computed for. */
    public record TaskQuery(Long planId, Long unitId, TaskStatus status, String q, Instant updatedSince, Light light,
                            String sort, LocalDate asOf) {
    }

    /**
     * A page of tasks with their lights. Without a {@code light} filter the page is cut in SQL and lights are computed
     * for its tasks only. The light is computed in Java by the one rule ({@link TrafficLightRule}) and depends on
     * {@code asOf}, so a {@code light} filter cannot be SQL: then the ids of all tasks matching the other filters are
     * selected in order, their lights computed from one query of their indicators and measurements, and the page cut
     * from the matching ids, so that totals and paging are exact. Both paths cost a constant number of statements; the
     * filtered one reads the indicators of every candidate task, which a plan's few hundred tasks afford.
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
        String like = QueryParams.likePattern(query.q());
        if (like != null) {
            filter.and("(lower(t.content) like :q escape '!' or exists (select 1 from TaskAssignment b"
                    + " where b.task = t and lower(b.unit.name) like :q escape '!'))", "q", like);
        }
        String orderBy = SortOrder.orderBy(query.sort(), "ordinal", SORTABLE, "t.id");
        return query.light() == null ? pageInSql(filter, orderBy, page, query.asOf())
                : pageByLight(new TaskScope(filter.condition(), filter.parameters()), orderBy, query.light(), page,
                        query.asOf());
    }

    private PageResponse<TaskResponse> pageInSql(JpqlFilter filter, String orderBy, PageRequest page, LocalDate asOf) {
        var found = filter.page(tasks.getEntityManager(), "select t from Task t", "select count(t) from Task t", orderBy,
                page, Task.class);
        return PageResponse.of(responses(found.rows(), asOf, null), page, found.total());
    }

    private PageResponse<TaskResponse> pageByLight(TaskScope scope, String orderBy, Light light, PageRequest page,
            LocalDate asOf) {
        var candidates = tasks.getEntityManager().createQuery("select t.id, t.dueDate, t.lightOverride from Task t where "
                + scope.condition() + orderBy, Object[].class);
        scope.parameters().forEach(candidates::setParameter);
        Map<Long, List<Verdict>> verdicts = this.verdicts.effectiveVerdicts(scope);
        Map<Long, TaskLight> lights = new HashMap<>();
        List<Long> matching = new ArrayList<>();
        for (Object[] row : candidates.getResultList()) {
            Long id = (Long) row[0];
            TaskLight computed = TaskLights.computed(verdicts.get(id), (LocalDate) row[1], asOf);
            if (TaskLights.effective(computed.light(), (Light) row[2]) == light) {
                matching.add(id);
                lights.put(id, computed);
            }
        }
        int from = Math.min(page.offset(), matching.size());
        List<Long> pageIds = matching.subList(from, Math.min(from + page.size(), matching.size()));
        Map<Long, Task> byId = new HashMap<>();
        if (!pageIds.isEmpty()) {
            tasks.list("id in ?1", pageIds).forEach(t -> byId.put(t.id, t));
        }
        List<Task> found = pageIds.stream().map(byId::get).toList();
        return PageResponse.of(responses(found, asOf, lights), page, matching.size());
    }

    /** Responses for tasks, their assignments in one query and, unless given, their lights in one more. */
    private List<TaskResponse> responses(List<Task> found, LocalDate asOf, Map<Long, TaskLight> knownLights) {
        List<Long> ids = found.stream().map(t -> t.id).toList();
        Map<Long, List<TaskAssignment>> assignments = tasks.assignmentsOf(ids);
        Map<Long, List<Verdict>> verdicts = knownLights != null || ids.isEmpty() ? Map.of()
                : this.verdicts.effectiveVerdicts(TaskScope.ids(ids));
        return found.stream().map(t -> TaskResponse.of(t, assignments.getOrDefault(t.id, List.of()),
                knownLights != null ? knownLights.get(t.id) : TaskLights.computed(verdicts.get(t.id), t.dueDate, asOf),
                asOf)).toList();
    }

    /** The task with its light as of today. */
    public TaskResponse get(long id) {
        return toResponse(findVisible(id));
    }

    public TaskResponse get(long id, LocalDate asOf) {
        return toResponse(findVisible(id), asOf);
    }

    /** The task, if the caller may see it; 404 otherwise, as for a task that does not exist. */
    public Task findVisible(long id) {
        Task task = find(id);
        access.requireVisible(task, "task", id);
        return task;
    }

    /** The task entity, for the features that hang their data on it; 404 when absent. */
    public Task find(long id) {
        return tasks.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("task", id));
    }

    @Transactional
    public TaskResponse create(TaskRequest request) {
        Task task = new Task();
        apply(task, request);
        tasks.persist(task);
        tasks.flush();
        TaskResponse created = toResponse(task);
        audit.created(AuditEntityType.TASK, task.id, task.id, created);
        return created;
    }

    @Transactional
    public TaskResponse update(long id, String ifMatch, TaskRequest request) {
        Task task = find(id);
        access.requireWritable(task, "task", id);
        TaskResponse before = toResponse(task);
        tags.requireMatch(ifMatch, before);
        apply(task, request);
        tasks.flush();
        TaskResponse after = toResponse(task);
        audit.updated(AuditEntityType.TASK, id, id, before, after);
        return after;
    }

    /** The current state in the shape of a PUT body, with the tag of the representation it was read from. */
    public PatchBase<TaskRequest> currentRequest(long id) {
        TaskResponse current = toResponse(find(id));
        return new PatchBase<>(current.toRequest(), tags.of(current));
    }

    /**
     * Refuses a merge patch the caller may not apply, before it is read any further: a reporter may change the status
     * of its units' tasks and nothing else (403).
     */
    public void requirePatchAllowed(long id, Set<String> fields) {
        Task task = find(id);
        access.requireWritable(task, "task", id);
        if (!access.writesAll() && !Set.of("status").containsAll(fields)) {
            throw new AccessDeniedException("A reporter may change only the status of a task");
        }
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Task task = find(id);
        TaskResponse before = toResponse(task);
        tags.requireMatch(ifMatch, before);
        if (tasks.count("parent", task) > 0) {
            throw new ConflictException("Task " + id + " has sub-items; delete them first");
        }
        try {
            tasks.delete(task);
            tasks.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("Task " + id + " is still referenced; remove those references first");
        }
        audit.deleted(AuditEntityType.TASK, id, id, before);
    }

    /**
     * Sets or replaces the editor's light of a task. It is kept beside the computed light, never in its place, with
     * who set it and when.
     */
    @Transactional
    public TaskResponse overrideLight(long id, String ifMatch, LightOverrideRequest request, String actor) {
        Task task = find(id);
        TaskResponse before = toResponse(task);
        tags.requireMatch(ifMatch, before);
        task.lightOverride = request.light();
        task.lightOverrideReason = request.reason().strip();
        task.lightOverrideSetBy = actor;
        task.lightOverrideSetAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        task.updatedAt = Instant.now();
        tasks.flush();
        TaskResponse after = toResponse(task);
        audit.updated(AuditEntityType.TASK, id, id, before, after);
        return after;
    }

    /** Removes the editor's light; removing none is not an error, so that a retried DELETE still answers 204. */
    @Transactional
    public void clearLightOverride(long id, String ifMatch) {
        Task task = find(id);
        TaskResponse before = toResponse(task);
        tags.requireMatch(ifMatch, before);
        if (task.lightOverride == null) {
            return;
        }
        task.lightOverride = null;
        task.lightOverrideReason = null;
        task.lightOverrideSetBy = null;
        task.lightOverrideSetAt = null;
        task.updatedAt = Instant.now();
        tasks.flush();
        audit.updated(AuditEntityType.TASK, id, id, before, toResponse(task));
    }

    /** The representation If-Match is compared with: lights as of today, as a GET without asOf shows them. */
    TaskResponse toResponse(Task task) {
        return toResponse(task, QueryParams.asOf(null));
    }

    TaskResponse toResponse(Task task, LocalDate asOf) {
        List<Verdict> verdicts = task.id == null ? List.of()
                : this.verdicts.effectiveVerdicts(TaskScope.ids(List.of(task.id))).getOrDefault(task.id, List.of());
        return TaskResponse.of(task, task.assignments, TaskLights.computed(verdicts, task.dueDate, asOf), asOf);
    }

    private void apply(Task task, TaskRequest request) {
        Plan plan = plans.findByIdOptional(request.planId())
                .orElseThrow(() -> new InvalidRequestException("planId", "no plan with id " + request.planId()));
        // Its units, sub-items, indicators and history belong to its plan: a task does not move between plans.
        if (task.plan != null && !task.plan.id.equals(plan.id)) {
            throw new ConflictException("Task " + task.id + " belongs to plan " + task.plan.id
                    + "; a task cannot move to another plan, create it there instead");
        }
        if (tasks.existsOrdinal(plan.id, request.ordinal(), task.id)) {
            throw new ConflictException("Plan " + plan.id + " already has a task with ordinal " + request.ordinal());
        }
        task.parent = parentOf(task, plan, request.parentId());
        task.plan = plan;
        task.ordinal = request.ordinal();
        task.content = request.content().strip();
        task.status = request.status() == null ? TaskStatus.NOT_STARTED : request.status();
        task.dueDate = request.dueDate();
        // Assignments live in their own table; touching the task makes every write visible to updatedSince feeds.
        task.updatedAt = Instant.now();
        assign(task, plan, request.units() == null ? List.of() : request.units());
    }

    private Task parentOf(Task task, Plan plan, Long parentId) {
        if (parentId == null) {
            return null;
        }
        Task parent = tasks.findByIdOptional(parentId)
                .orElseThrow(() -> new InvalidRequestException("parentId", "no task with id " + parentId));
        if (!parent.plan.id.equals(plan.id)) {
            throw new InvalidRequestException("parentId", "task " + parentId + " belongs to another plan");
        }
        for (Task t = parent; t != null; t = t.parent) {
            if (task.id != null && task.id.equals(t.id)) {
                throw new InvalidRequestException("parentId", "a task cannot be a sub-item of itself or of its sub-items");
            }
        }
        return parent;
    }

    /** Replaces the task's assignments with the requested ones, keeping rows whose unit stays on the task. */
    private void assign(Task task, Plan plan, List<AssignmentRequest> requested) {
        Set<Long> ids = new HashSet<>();
        requested.forEach(a -> {
            ids.add(a.unitId());
            if (a.divisionIds() != null) {
                ids.addAll(a.divisionIds());
            }
        });
        Map<Long, Unit> found = new HashMap<>();
        if (!ids.isEmpty()) {
            units.list("id in ?1", ids).forEach(u -> found.put(u.id, u));
        }
        List<Violation> violations = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            AssignmentRequest a = requested.get(i);
            String field = "units[" + i + "]";
            Unit unit = found.get(a.unitId());
            if (unit == null) {
                violations.add(new Violation(field + ".unitId", "no unit with id " + a.unitId()));
                continue;
            }
            if (!unit.region.equals(plan.region)) {
                violations.add(new Violation(field + ".unitId", "unit " + unit.name + " belongs to " + unit.region
                        + ", the plan to " + plan.region));
            }
            if (!seen.add(unit.id)) {
                violations.add(new Violation(field + ".unitId", "unit " + unit.name + " is listed twice"));
            }
            List<Long> divisions = a.divisionIds() == null ? List.of() : a.divisionIds();
            for (int j = 0; j < divisions.size(); j++) {
                Unit division = found.get(divisions.get(j));
                if (division == null || division.parent == null || !division.parent.id.equals(unit.id)) {
                    violations.add(new Violation(field + ".divisionIds[" + j + "]",
                            "unit " + divisions.get(j) + " is not a division of " + unit.name));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Map<Long, TaskAssignment> existing = new HashMap<>();
        task.assignments.forEach(a -> existing.put(a.unit.id, a));
        List<TaskAssignment> result = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            AssignmentRequest a = requested.get(i);
            TaskAssignment assignment = existing.getOrDefault(a.unitId(), new TaskAssignment());
            assignment.task = task;
            assignment.unit = found.get(a.unitId());
            assignment.role = a.role();
            assignment.position = i;
            assignment.divisions.clear();
            if (a.divisionIds() != null) {
                a.divisionIds().forEach(d -> assignment.divisions.add(found.get(d)));
            }
            result.add(assignment);
        }
        task.assignments.retainAll(result);
        result.stream().filter(a -> !task.assignments.contains(a)).forEach(task.assignments::add);
        task.assignments.sort(java.util.Comparator.comparingInt(a -> a.position));
    }
}
