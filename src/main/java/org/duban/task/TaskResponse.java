package org.duban.task;

import org.duban.common.PageSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.duban.assessment.Light;
import org.duban.assessment.TaskLight;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task as the API returns it, with its units so that a dashboard needs no second call. */
@Schema(name = "Task", description = "One commitment of a plan and the units that answer for it")
public record TaskResponse(
        @Schema(description = "Identifier", examples = "3") long id,
        @Schema(description = "Plan id", examples = "1") long planId,
        @Schema(description = "Parent task id for a sub-item", nullable = true) Long parentId,
        @Schema(description = "序号 within the plan", examples = "3") int ordinal,
        @Schema(description = "The commitment as written",
                examples = "聚力攻坚金钵盂精密不锈钢、聚泰新能源电池等一批制造业关键项目,实现工业投资 500 亿元以上。")
        String content,
        @Schema(description = "Status", examples = "IN_PROGRESS") TaskStatus status,
        @Schema(nullable = true, description = "Due date", examples = "2023-12-31") LocalDate dueDate,
        @Schema(description = "Assigned units, sorted by position") List<AssignedUnit> units,
        @Schema(description = "The computed traffic light (亮灯) from the indicators' effective verdicts, the due date "
                + "and lightAsOf: RED if any indicator is NOT_MET, LIKELY_NOT_MET or OFF_TRACK; YELLOW if any is AT_RISK "
                + "or has NO_DATA after the due date; GREEN if any is favourable; GREY when there is nothing to judge",
                examples = "GREEN") Light light,
        @Schema(description = "Why the computed light is what it is, one Chinese sentence",
                examples = "1项指标已完成或进度正常，无滞后或风险指标") String lightReason,
        @Schema(description = "The date the light was computed for: the request's asOf, today in Asia/Shanghai when "
                + "absent", examples = "2024-01-19") LocalDate lightAsOf,
        @Schema(nullable = true,
                description = "An editor's light, kept beside the computed one; null when none")
        LightOverride lightOverride,
        @Schema(description = "The light that counts: the editor's override when there is one, else the computed light",
                examples = "GREEN") Light effectiveLight,
        @Schema(description = "Optimistic-locking version", examples = "0") int version,
        @Schema(description = "When it was created (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt,
        @Schema(description = "When it last changed (UTC)", examples = "2024-01-19T01:17:00Z") Instant updatedAt) {

    /** The OpenAPI shape of a page of tasks. */
    @Schema(name = "TaskPage", description = "A page of tasks")
    public static final class Page extends PageSchema<TaskResponse> {
    }
    /** An editor's override of the computed light. */
    @Schema(name = "LightOverride", description = "An editor's light for a task, with who set it, when and why")
    public record LightOverride(
            @Schema(description = "The light the editor set", examples = "YELLOW") Light light,
            @Schema(description = "Why", examples = "千兆城市创建尚待国家部委验收，暂亮黄灯") String reason,
            @Schema(description = "Who set it: the signed-in caller (a username, or an API key's name)",
                    examples = "市督考办") String setBy,
            @Schema(description = "When it was set (UTC)", examples = "2024-01-10T02:00:00Z") Instant setAt) {
    }

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

    static TaskResponse of(Task task, List<TaskAssignment> assignments, TaskLight computed, LocalDate asOf) {
        List<AssignedUnit> units = assignments.stream()
                .sorted(Comparator.comparingInt(a -> a.position))
                .map(a -> new AssignedUnit(a.unit.id, a.unit.name, a.role, a.position, a.divisions.stream()
                        .sorted(Comparator.comparing(d -> d.id)).map(d -> new Division(d.id, d.name)).toList()))
                .toList();
        LightOverride override = task.lightOverride == null ? null : new LightOverride(task.lightOverride,
                task.lightOverrideReason, task.lightOverrideSetBy, task.lightOverrideSetAt);
        return new TaskResponse(task.id, task.plan.id, task.parent == null ? null : task.parent.id, task.ordinal,
                task.content, task.status, task.dueDate, units, computed.light(), computed.reason(), asOf, override,
                TaskLights.effective(computed.light(), task.lightOverride), task.version, task.createdAt,
                task.updatedAt);
    }

    /** The same representation with another {@code updatedAt}, for changes written without the entity. */
    TaskResponse updatedAt(Instant when) {
        return new TaskResponse(id, planId, parentId, ordinal, content, status, dueDate, units, light, lightReason,
                lightAsOf, lightOverride, effectiveLight, version, createdAt, when);
    }

    TaskRequest toRequest() {
        return new TaskRequest(planId, ordinal, content, status, dueDate, parentId, units.stream()
                .map(u -> new AssignmentRequest(u.unitId(), u.role(), u.divisions().stream().map(Division::unitId).toList()))
                .toList());
    }
}
