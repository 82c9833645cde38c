package org.duban.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.duban.audit.AuditAction;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.InvalidRequestException;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.ResourceNotFoundException;
import org.duban.security.ApiKey;
import org.duban.security.ApiKeyRepository;
import org.duban.security.ApiKeys;
import org.duban.security.Caller;
import org.duban.security.Roles;
import org.duban.security.SecurityRevision;

/** Issues, lists and revokes API keys; issuing and revoking are audited (never with the key). */
@ApplicationScoped
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final SecurityRevision revision;
    private final Bindings bindings;
    private final AuditLog audit;
    private final Caller caller;

    public ApiKeyService(ApiKeyRepository keys, SecurityRevision revision, Bindings bindings, AuditLog audit,
            Caller caller) {
        this.keys = keys;
        this.revision = revision;
        this.bindings = bindings;
        this.audit = audit;
        this.caller = caller;
    }

    public PageResponse<ApiKeyResponse> list(PageRequest page) {
        var query = keys.find("order by createdAt desc, id desc").page(page.page(), page.size());
        return PageResponse.of(query.list().stream().map(ApiKeyResponse::of).toList(), page, query.count());
    }

    public ApiKeyResponse get(long id) {
        return ApiKeyResponse.of(find(id));
    }

    @Transactional
    public ApiKeyCreatedResponse create(ApiKeyRequest request) {
        if (!Roles.isRole(request.role())) {
            throw new InvalidRequestException("role", "must be one of " + Roles.ALL);
        }
        Set<Long> units = bindings.units(Set.of(request.role()), request.unitIds());
        ApiKeys.Issued issued = ApiKeys.issue();
        ApiKey key = new ApiKey();
        key.name = request.name().strip();
        key.role = request.role();
        key.prefix = issued.prefix();
        key.hash = issued.hash();
        key.createdBy = caller.actor();
        key.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        key.unitIds.addAll(units);
        keys.persist(key);
        audit.created(AuditEntityType.API_KEY, key.id, null, ApiKeyResponse.of(key));
        return new ApiKeyCreatedResponse(key.id, key.name, key.role, List.copyOf(key.unitIds), issued.key(),
                key.prefix, key.createdAt);
    }

    /** Revokes the key at once, on every instance; revoking a revoked key changes nothing. */
    @Transactional
    public void revoke(long id) {
        ApiKey key = find(id);
        if (key.revokedAt != null) {
            return;
        }
        ApiKeyResponse before = ApiKeyResponse.of(key);
        key.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        audit.record(AuditAction.REVOKE, AuditEntityType.API_KEY, key.id, null, null, before, ApiKeyResponse.of(key));
        revision.advance();
    }

    private ApiKey find(long id) {
        return keys.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("API key", id));
    }
}
