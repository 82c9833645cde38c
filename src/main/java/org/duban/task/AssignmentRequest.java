package org.duban.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit to assign to a task, in the order of the request's list. */
@Schema(name = "AssignmentRequest", description = "A unit assigned to a task; the list order is the units' order")
public record AssignmentRequest(
        @NotNull @Schema(description = "Unit id", examples = "1") Long unitId,
        @NotNull @Schema(description = "LEAD (first lead unit), CO_LEAD (other lead units) or SUPPORTING (配合单位)",
                examples = "LEAD") AssignmentRole role,
        @Size(max = 20) @Schema(description = "Ids of divisions of that unit named with it, e.g. 绿色处 of 市经信局",
                examples = "[]") List<@NotNull Long> divisionIds) {
}
