package org.duban.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.ConflictException;
import org.duban.common.EntityTags;
import org.duban.common.InvalidRequestException;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.ResourceNotFoundException;
import org.duban.security.Account;
import org.duban.security.AccountRepository;
import org.duban.security.PasswordHashing;
import org.duban.security.Roles;
import org.duban.security.SecurityRevision;

/**
 * The rules of accounts: unique usernames, bcrypt hashes, reporters bound to units, and always one enabled admin left.
 * Every change is audited (without the password) and advances the {@link SecurityRevision}, so that every instance
 * checks signed-in identities again.
 */
@ApplicationScoped
public class AccountService {

    private final AccountRepository accounts;
    private final Bindings bindings;
    private final SecurityRevision revision;
    private final AuditLog audit;
    private final EntityTags tags;
    private final PasswordHashing passwords;

    public AccountService(AccountRepository accounts, Bindings bindings, SecurityRevision revision, AuditLog audit,
            EntityTags tags, PasswordHashing passwords) {
        this.accounts = accounts;
        this.bindings = bindings;
        this.revision = revision;
        this.audit = audit;
        this.tags = tags;
        this.passwords = passwords;
    }

    public PageResponse<AccountResponse> list(PageRequest page) {
        var query = accounts.find("order by username, id").page(page.page(), page.size());
        return PageResponse.of(query.list().stream().map(AccountResponse::of).toList(), page, query.count());
    }

    public AccountResponse get(long id) {
        return AccountResponse.of(find(id));
    }

    @Transactional
    public AccountResponse create(AccountRequest request) {
        checkPassword("password", request.password());
        Set<String> roles = bindings.roles("roles", request.roles());
        Set<Long> units = bindings.units(roles, request.unitIds());
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new ConflictException("An account named " + request.username() + " exists");
        }
        Account account = new Account();
        account.username = request.username();
        account.passwordHash = passwords.hash(request.password());
        account.enabled = true;
        account.roles.addAll(roles);
        account.unitIds.addAll(units);
        accounts.persist(account);
        accounts.flush();
        AccountResponse created = AccountResponse.of(account);
        audit.created(AuditEntityType.ACCOUNT, account.id, null, created);
        return created;
    }

    @Transactional
    public AccountResponse update(long id, String ifMatch, AccountUpdate update) {
        Account account = find(id);
        AccountResponse before = AccountResponse.of(account);
        tags.requireMatch(ifMatch, before);
        Set<String> roles = update.roles() != null ? bindings.roles("roles", update.roles()) : Set.copyOf(account.roles);
        List<Long> requestedUnits = update.unitIds() != null ? update.unitIds()
                : roles.contains(Roles.REPORTER) ? List.copyOf(account.unitIds) : List.of();
        Set<Long> units = bindings.units(roles, requestedUnits);
        boolean enabled = update.enabled() != null ? update.enabled() : account.enabled;
        if ((!enabled || !roles.contains(Roles.ADMIN)) && account.enabled && account.roles.contains(Roles.ADMIN)
                && accounts.countOtherEnabledAdmins(account.id) == 0) {
            throw new ConflictException("Account " + account.username + " is the last enabled admin");
        }
        if (update.password() != null) {
            checkPassword("password", update.password());
            account.passwordHash = passwords.hash(update.password());
        }
        account.roles.retainAll(roles);
        account.roles.addAll(roles);
        account.unitIds.retainAll(units);
        account.unitIds.addAll(units);
        account.enabled = enabled;
        account.updatedAt = java.time.Instant.now();
        accounts.flush();
        AccountResponse after = AccountResponse.of(account);
        audit.record(org.duban.audit.AuditAction.UPDATE, AuditEntityType.ACCOUNT, account.id, null,
                update.password() != null ? "password changed" : null, before, after);
        revision.advance();
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Account account = find(id);
        AccountResponse before = AccountResponse.of(account);
        tags.requireMatch(ifMatch, before);
        if (account.enabled && account.roles.contains(Roles.ADMIN) && accounts.countOtherEnabledAdmins(account.id) == 0) {
            throw new ConflictException("Account " + account.username + " is the last enabled admin");
        }
        accounts.delete(account);
        audit.deleted(AuditEntityType.ACCOUNT, id, null, before);
        revision.advance();
    }

    private Account find(long id) {
        return accounts.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("account", id));
    }

    /** bcrypt reads at most 72 bytes: a longer password would be silently cut. */
    private static void checkPassword(String field, String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > 72) {
            throw new InvalidRequestException(field, "must be at most 72 bytes in UTF-8");
        }
    }
}
