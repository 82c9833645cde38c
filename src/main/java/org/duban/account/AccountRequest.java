package org.duban.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /accounts. */
@Schema(name = "AccountRequest", description = "A person's account to create")
public record AccountRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}",
                message = "must be 2 to 64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit")
        @Schema(description = "Sign-in name", examples = "zhang.wei") String username,
        @NotNull @Size(min = 12, max = 72) @Schema(description = "Password, 12 to 72 characters; never returned",
                examples = "舟山经信-2024-Passw0rd") String password,
        @NotEmpty @Size(max = 4) @Schema(description = "Roles among viewer, reporter, editor, admin",
                examples = "[\"reporter\"]") List<@NotNull String> roles,
        @Size(max = 100) @Schema(description = "Units a reporter answers for (their divisions included); required for "
                + "a reporter, not allowed otherwise", examples = "[1]") List<@NotNull Long> unitIds) {
}
