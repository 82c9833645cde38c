package org.duban.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authentication is lazy (so that its failures reach the exception mappers), which would let an endpoint open to
 * anonymous callers ignore credentials it never looks at. This filter resolves the identity of every API request that
 * carries an Authorization header, so that a wrong password or a revoked key is a 401 everywhere, and always before
 * the request body is validated.
 */
public class CredentialsCheck {

    private final CurrentIdentityAssociation identities;

    public CredentialsCheck(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> authenticate(HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
