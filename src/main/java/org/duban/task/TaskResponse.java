package org.duban.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task as the API returns it, with its units so that a dashboard needs no second call. */
@Schema(name = "Task", description = "One commitment of a plan and the units that answer for it")
public record TaskResponse(
        @Schema(description = "Identifier", examples = "3") long id,
        @Schema(description = "Plan id", examples = "1") long planId,
        @Schema(description = "Parent task id for a sub-item", examples = "null") Long parentId,
        @Schema(description = "序号 within the plan", examples = "3") int ordinal,
        @Schema(description = "The commitment as written",
                examples = "聚力攻坚金钵盂精密不锈钢、聚泰新能源电池等一批制造业关键项目,实现工业投资 500 亿元以上。")
        String content,
        @Schema(description = "Status", examples = "IN_PROGRESS") TaskStatus status,
        @Schema(description = "Due date", examples = "2023-12-31") LocalDate dueDate,
        @Schema(description = "Assigned units, sorted by position") List<AssignedUnit> units,
        @Schema(description = "Optimistic-locking version", examples = "0") int version,
        @Schema(description = "When it was created (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt,
        @Schema(description = "When it last changed (UTC)", examples = "2024-01-19T01:17:00Z") Instant updatedAt) {

    /** A unit on a task with its role and position. */
    @Schema(name = "AssignedUnit", description = "A unit assigned to a task")
    public record AssignedUnit(
            @Schema(description = "Unit id", examples = "1") long unitId,
            @Schema(description = "Unit name", examples = "市经信局") String name,
            @Schema(description = "Role on the task", examples = "LEAD") AssignmentRole role,
            @Schema(description = "Zero-based position in the task's unit list", examples = "0") int position,
            @Schema(description = "Divisions named with the unit (绿色处、消费品处)") List<Division> divisions) {
    }

    /** A division of an assigned unit. */
    @Schema(name = "AssignedDivision", description = "A division named with an assigned unit")
    public record Division(
            @Schema(description = "Unit id of the division", examples = "21") long unitId,
            @Schema(description = "Name of the division", examples = "绿色处") String name) {
    }

    static TaskResponse of(Task task, List<TaskAssignment> assignments) {
        List<AssignedUnit> units = assignments.stream()
                .sorted(Comparator.comparingInt(a -> a.position))
                .map(a -> new AssignedUnit(a.unit.id, a.unit.name, a.role, a.position, a.divisions.stream()
                        .sorted(Comparator.comparing(d -> d.id)).map(d -> new Division(d.id, d.name)).toList()))
                .toList();
        return new TaskResponse(task.id, task.plan.id, task.parent == null ? null : task.parent.id, task.ordinal,
                task.content, task.status, task.dueDate, units, task.version, task.createdAt, task.updatedAt);
    }

    TaskRequest toRequest() {
        return new TaskRequest(planId, ordinal, content, status, dueDate, parentId, units.stream()
                .map(u -> new AssignmentRequest(u.unitId(), u.role(), u.divisions().stream().map(Division::unitId).toList()))
                .toList());
    }
}
