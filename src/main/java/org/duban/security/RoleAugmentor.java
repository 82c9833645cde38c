package org.duban.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.TreeSet;
import org.duban.config.DubanConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives every identity the roles its roles imply ({@link Roles#withImplied}), and reads an OIDC token's unit binding
 * from the claim {@code duban.security.oidc-units-claim}: accounts and API keys carry theirs already.
 */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

    private final String unitsClaim;

    public RoleAugmentor(DubanConfig config) {
        this.unitsClaim = config.security().oidcUnitsClaim();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        var builder = QuarkusSecurityIdentity.builder(identity).addRoles(Roles.withImplied(identity.getRoles()));
        if (identity.getAttribute(Caller.KIND) == null && identity.getPrincipal() instanceof JsonWebToken token) {
            builder.addAttribute(Caller.UNITS, unitIds(token.getClaim(unitsClaim)));
            builder.addAttribute(Caller.ACTOR, "oidc:" + token.getName());
        }
        return Uni.createFrom().item(builder.build());
    }

    /** Unit ids from a claim holding a number, a numeric string, or an array of them; anything else is ignored. */
    static Set<Long> unitIds(Object claim) {
        Set<Long> ids = new TreeSet<>();
        if (claim instanceof Iterable<?> values) {
            values.forEach(v -> add(ids, v));
        } else {
            add(ids, claim);
        }
        return Set.copyOf(ids);
    }

    private static void add(Set<Long> ids, Object value) {
        try {
            if (value instanceof JsonNumber n) {
                ids.add(n.longValueExact());
            } else if (value instanceof Number n) {
                ids.add(n.longValue());
            } else if (value instanceof JsonString s) {
                ids.add(Long.parseLong(s.getString().strip()));
            } else if (value instanceof String s) {
                ids.add(Long.parseLong(s.strip()));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // not a unit id: ignored
        }
    }
}
