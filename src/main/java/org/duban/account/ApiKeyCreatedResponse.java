package org.duban.account;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new API key: the only response that ever shows the key itself. */
@Schema(name = "ApiKeyCreated", description = "A new API key; `key` is shown this once and cannot be read again")
public record ApiKeyCreatedResponse(
        @Schema(description = "Identifier", examples = "3") long id,
        @Schema(description = "What the key is for", examples = "省督查平台同步") String name,
        @Schema(description = "Its role", examples = "viewer") String role,
        @Schema(description = "Units of a reporter key", examples = "[]") List<Long> unitIds,
        @Schema(description = "The key, to send as `Authorization: Bearer <key>`; store it now",
                examples = "dbn_Zm9vYmFyYmF6cXV4cXV1eHF1dXpxdXV4cXV1eHF1dXo") String key,
        @Schema(description = "Its first characters, as lists show them", examples = "dbn_Zm9vYmFy") String prefix,
        @Schema(description = "When it was issued (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt) {
}
