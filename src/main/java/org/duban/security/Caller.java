package org.duban.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Set;

/**
 * Who is calling, as the services need to know it: whether internal plans may be shown, whether every task may be
 * written or only those of the caller's units, and the name written to the audit trail. Outside an HTTP request (the
 * demo import at start) the caller is the system itself.
 */
@ApplicationScoped
public class Caller {

    /** Identity attribute: the unit ids a reporter answers for, a {@code Set<Long>}. */
    public static final String UNITS = "duban.unit-ids";
    /** Identity attribute: how the caller signed in: {@code account}, {@code api-key} or absent for OIDC. */
    public static final String KIND = "duban.kind";
    /** Identity attribute: the audit name of the caller. */
    public static final String ACTOR = "duban.actor";

    private final Instance<SecurityIdentity> identity;

    public Caller(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    /** The identity of the current HTTP request, or null outside one. */
    private SecurityIdentity current() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        var request = Arc.container().instance(io.quarkus.vertx.http.runtime.CurrentVertxRequest.class).get();
        if (request == null || request.getCurrent() == null) {
            return null;
        }
        return identity.get();
    }

    public boolean isSystem() {
        return current() == null;
    }

    public boolean isAnonymous() {
        SecurityIdentity id = current();
        return id != null && id.isAnonymous();
    }

    public boolean hasRole(String role) {
        SecurityIdentity id = current();
        return id == null || id.hasRole(role);
    }

    /** Internal plans and everything under them: any role may read them, anonymous callers may not. */
    public boolean canReadInternal() {
        return hasRole(Roles.VIEWER);
    }

    /** Editors and admins write every task; reporters only those of their units. */
    public boolean canEditAll() {
        return hasRole(Roles.EDITOR);
    }

    /** The units the caller answers for (empty unless it is a reporter). */
    public Set<Long> unitIds() {
        SecurityIdentity id = current();
        if (id == null) {
            return Set.of();
        }
        Set<Long> units = id.getAttribute(UNITS);
        return units == null ? Set.of() : units;
    }

    /** The caller's name in the audit trail: a username, {@code api-key:<id>/<name>}, {@code oidc:<name>}, or system. */
    public String actor() {
        SecurityIdentity id = current();
        if (id == null) {
            return "system";
        }
        if (id.isAnonymous()) {
            return "anonymous";
        }
        String actor = id.getAttribute(ACTOR);
        return actor != null ? actor : "oidc:" + id.getPrincipal().getName();
    }
}
