package org.duban.account;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PATCH /accounts/{id}: the fields to change; an absent or null field stays as it is. */
@Schema(name = "AccountUpdate", description = "Changes to an account; absent fields stay as they are")
public record AccountUpdate(
        @Size(min = 12, max = 72) @Schema(description = "New password, 12 to 72 characters", examples = "新密码-2024-Passw0rd")
        String password,
        @Size(min = 1, max = 4) @Schema(description = "New roles among viewer, reporter, editor, admin",
                examples = "[\"editor\"]") List<String> roles,
        @Size(max = 100) @Schema(description = "New units of a reporter", examples = "[1, 2]") List<Long> unitIds,
        @Schema(description = "false disables the account: it can no longer sign in", examples = "false")
        Boolean enabled) {
}
