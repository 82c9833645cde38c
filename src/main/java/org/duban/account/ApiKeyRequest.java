package org.duban.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api-keys. */
@Schema(name = "ApiKeyRequest", description = "An API key to issue to another system")
public record ApiKeyRequest(
        @NotBlank @Size(max = 100) @Schema(description = "What the key is for", examples = "省督查平台同步")
        String name,
        @NotBlank @Schema(description = "One role among viewer, reporter, editor, admin", examples = "viewer")
        String role,
        @Size(max = 100) @Schema(description = "Units of a reporter key (their divisions included); required for a "
                + "reporter, not allowed otherwise", examples = "[]") List<@NotNull Long> unitIds) {
}
