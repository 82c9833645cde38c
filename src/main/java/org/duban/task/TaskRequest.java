package org.duban.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST and PUT /tasks. */
@Schema(name = "TaskRequest", description = "A task to create or replace")
public record TaskRequest(
        @NotNull @Schema(description = "Plan the task belongs to", examples = "1") Long planId,
        @NotNull @Min(1) @Max(100_000) @Schema(description = "序号 within the plan, unique there", examples = "3")
        Integer ordinal,
        @NotBlank @Size(max = 8000)
        @Schema(description = "The commitment as written",
                examples = "聚力攻坚金钵盂精密不锈钢、聚泰新能源电池等一批制造业关键项目,实现工业投资 500 亿元以上。")
        String content,
        @Schema(description = "Status; NOT_STARTED when omitted", examples = "IN_PROGRESS") TaskStatus status,
        @Schema(description = "Due date (完成时限)", examples = "2023-12-31") LocalDate dueDate,
        @Schema(description = "Id of the task this one is a sub-item of", nullable = true) Long parentId,
        @Size(max = 50) @Schema(description = "Assigned units in order; the first LEAD is the main responsible unit")
        List<@NotNull @Valid AssignmentRequest> units) {
}
