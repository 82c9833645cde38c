package org.duban.account;

import org.duban.common.PageSchema;
import java.time.Instant;
import java.util.List;
import org.duban.security.ApiKey;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as lists show it: never the key, only its first characters. */
@Schema(name = "ApiKey", description = "An issued API key (the key itself is shown only once, at creation)")
public record ApiKeyResponse(
        @Schema(description = "Identifier", examples = "3") long id,
        @Schema(description = "What the key is for", examples = "省督查平台同步") String name,
        @Schema(description = "Its role", examples = "viewer") String role,
        @Schema(description = "Units of a reporter key", examples = "[]") List<Long> unitIds,
        @Schema(description = "The key's first characters", examples = "dbn_Zm9vYmFy") String prefix,
        @Schema(description = "Who issued it", examples = "admin") String createdBy,
        @Schema(description = "When it was issued (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt,
        @Schema(nullable = true, description = "When it was last used (UTC, to the minute); null if never",
                examples = "2024-01-20T08:00:00Z") Instant lastUsedAt,
        @Schema(description = "When it was revoked (UTC); null while it is valid", nullable = true) Instant revokedAt) {

    /** The OpenAPI shape of a page of API keys. */
    @Schema(name = "ApiKeyPage", description = "A page of API keys")
    public static final class Page extends PageSchema<ApiKeyResponse> {
    }
    static ApiKeyResponse of(ApiKey k) {
        return new ApiKeyResponse(k.id, k.name, k.role, k.unitIds.stream().sorted().toList(), k.prefix, k.createdBy,
                k.createdAt, k.lastUsedAt, k.revokedAt);
    }
}
