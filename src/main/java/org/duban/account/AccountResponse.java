package org.duban.account;

import org.duban.common.PageSchema;
import java.time.Instant;
import java.util.List;
import org.duban.security.Account;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as the API returns it: never its password or hash. */
@Schema(name = "Account", description = "A person's account (the password is never returned)")
public record AccountResponse(
        @Schema(description = "Identifier", examples = "2") long id,
        @Schema(description = "Sign-in name", examples = "zhang.wei") String username,
        @Schema(description = "Roles, sorted", examples = "[\"reporter\"]") List<String> roles,
        @Schema(description = "Units a reporter answers for", examples = "[1]") List<Long> unitIds,
        @Schema(description = "Whether it can sign in", examples = "true") boolean enabled,
        @Schema(description = "Optimistic-locking version", examples = "0") int version,
        @Schema(description = "When it was created (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt,
        @Schema(description = "When it last changed (UTC)", examples = "2024-01-19T01:17:00Z") Instant updatedAt) {

    /** The OpenAPI shape of a page of accounts. */
    @Schema(name = "AccountPage", description = "A page of accounts")
    public static final class Page extends PageSchema<AccountResponse> {
    }
    static AccountResponse of(Account a) {
        return new AccountResponse(a.id, a.username, a.roles.stream().sorted().toList(),
                a.unitIds.stream().sorted().toList(), a.enabled, a.version, a.createdAt, a.updatedAt);
    }
}
