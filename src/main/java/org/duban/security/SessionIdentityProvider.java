package org.duban.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Restores the identity of a signed-in person from the session cookie of form sign-in, which carries only the
 * username: the account is read again on each restore, so that a disabled or deleted account, or changed roles, take
 * effect at once rather than when the session expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final AccountRepository accounts;

    public SessionIdentityProvider(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String username = request.getPrincipal();
        return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> accounts.findByUsername(username)
                .filter(account -> account.enabled)
                .map(account -> PasswordAuthenticator.identity(account.username, Set.copyOf(account.roles),
                        Set.copyOf(account.unitIds)))
                .orElseThrow(() -> new AuthenticationFailedException("the session's account is no longer enabled"))));
    }
}
