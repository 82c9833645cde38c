package org.duban.changes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the change feed, as readers and webhook receivers get it. */
@Schema(name = "Change", description = "Something that changed, in commit order")
public record ChangeItem(
        @Schema(description = "Position of this change in the feed; pass it as `after` to read what follows",
                examples = "1523") String cursor,
        @Schema(description = "When the change was made (UTC)", examples = "2024-01-19T01:17:00Z") Instant at,
        @Schema(description = "What happened", examples = "LIGHT_CHANGED") ChangeType type,
        @Schema(description = "Kind of resource: PLAN, TASK, INDICATOR, MEASUREMENT, PROGRESS_REPORT or IMPORT",
                examples = "TASK") String entity,
        @Schema(description = "Id of that resource", examples = "12") long entityId,
        @Schema(description = "Plan the change belongs to", examples = "1", nullable = true) Long planId,
        @Schema(description = "Task the change belongs to; null for plans and imports", examples = "12", nullable = true)
        Long taskId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(implementation = Object.class, type = SchemaType.OBJECT,
                description = "The resource's API representation before the change (for "
                + "LIGHT_CHANGED `{light, lightReason, asOf}`, for VERDICT_CHANGED `{verdict}`); absent for creates "
                + "and for a light or verdict seen for the first time",
                examples = "{\"light\":\"GREY\",\"lightReason\":\"暂无指标，无从判断\",\"asOf\":\"2024-01-18\"}")
        JsonNode before,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(implementation = Object.class, type = SchemaType.OBJECT,
                description = "The representation after it; absent for deletes",
                examples = "{\"light\":\"RED\",\"lightReason\":\"1项指标未完成\",\"asOf\":\"2024-01-19\"}")
        JsonNode after) {
}
