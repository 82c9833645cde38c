package org.duban.audit;

import org.duban.common.PageSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the API returns it. */
@Schema(name = "AuditEntry", description = "One recorded change: who made it, when, and the resource before and after")
public record AuditEntryResponse(
        @Schema(description = "Identifier", examples = "101") long id,
        @Schema(description = "When it happened (UTC)", examples = "2024-01-19T01:17:00Z") Instant occurredAt,
        @Schema(description = "Who did it: a username, api-key:<id>/<name>, oidc:<name>, or system",
                examples = "zhang.wei") String actor,
        @Schema(description = "What was done", examples = "UPDATE") AuditAction action,
        @Schema(description = "Kind of resource", examples = "TASK") AuditEntityType entityType,
        @Schema(nullable = true, description = "Id of the resource", examples = "3") Long entityId,
        @Schema(nullable = true, description = "The task the change belongs to, if any", examples = "3") Long taskId,
        @Schema(nullable = true, description = "A short note, e.g. an import's document hash",
                examples = "sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String detail,
        @Schema(nullable = true,
                description = "The resource as the API showed it before the change; null for a creation",
                implementation = Object.class, type = SchemaType.OBJECT,
                examples = "{\"status\": \"IN_PROGRESS\"}") JsonNode before,
        @Schema(nullable = true,
                description = "The resource as the API showed it after the change; null for a deletion",
                implementation = Object.class, type = SchemaType.OBJECT,
                examples = "{\"status\": \"COMPLETED\"}") JsonNode after) {

    /** The OpenAPI shape of a page of audit entries. */
    @Schema(name = "AuditEntryPage", description = "A page of audit entries")
    public static final class Page extends PageSchema<AuditEntryResponse> {
    }
    static AuditEntryResponse of(AuditEntry e, ObjectMapper json) {
        return new AuditEntryResponse(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId, e.taskId,
                e.detail, read(e.before, json), read(e.after, json));
    }

    private static JsonNode read(String value, ObjectMapper json) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
