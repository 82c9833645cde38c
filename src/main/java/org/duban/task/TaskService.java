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
import org.duban.assessment.Verdict;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.AccessDeniedException;
import org.duban.common.ConflictException;
import org.duban.common.EntityTags;
import org.duban.common.InvalidRequestException;
import org.duban.common.PatchBase;
import org.duban.common.QueryParams;
import org.duban.common.ResourceNotFoundException;
import org.duban.common.Violation;
import org.duban.plan.Plan;
import org.duban.plan.PlanRepository;
import org.duban.unit.Unit;
import org.duban.unit.UnitRepository;

/**
 * The write side of tasks and their rules: ordinals unique within a plan, units of the plan's region, divisions under
 * their unit, the editor's light override. Reads go through {@link TaskQueries}.
 */
@ApplicationScoped
public class TaskService {

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final UnitRepository units;
    private final EntityTags tags;
    private final TaskVerdicts verdicts;
    private final TaskAccess access;
    private final AuditLog audit;

    public TaskService(TaskRepository tasks, PlanRepository plans, UnitRepository units, EntityTags tags,
            TaskVerdicts verdicts, TaskAccess access, AuditLog audit) {
        this.tasks = tasks;
        this.plans = plans;
        this.units = units;
        this.tags = tags;
        this.verdicts = verdicts;
        this.access = access;
        this.audit = audit;
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
