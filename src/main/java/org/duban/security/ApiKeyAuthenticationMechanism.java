package org.duban.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * API keys and OIDC tokens share {@code Authorization: Bearer}. This mechanism, consulted before OIDC, takes the
 * tokens that start with {@value ApiKeys#PREFIX} and leaves every other bearer token to OIDC; when OIDC is not
 * configured, another bearer token is refused (401) rather than ignored.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    private final boolean oidcActive;

    public ApiKeyAuthenticationMechanism(Config config) {
        boolean tenantEnabled = config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true);
        boolean configured = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).isPresent()
                || config.getOptionalValue("quarkus.oidc.public-key", String.class).isPresent();
        this.oidcActive = tenantEnabled && configured;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        String token = header.substring(BEARER.length()).strip();
        if (token.startsWith(ApiKeys.PREFIX)) {
            var request = HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyAuthenticationRequest(token), context);
            return identityProviderManager.authenticate(request);
        }
        if (!oidcActive) {
            return Uni.createFrom().failure(new AuthenticationFailedException("bearer token not accepted"));
        }
        return Uni.createFrom().optional(java.util.Optional.empty());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
