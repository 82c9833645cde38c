package org.duban.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.duban.config.DubanConfig;

/**
 * The one place passwords are hashed and checked: bcrypt at the work factor of {@code duban.security.password-hash-cost}.
 * A stored hash carries its own factor, so raising the setting costs nothing until passwords are set again, and hashes
 * made at another factor keep verifying.
 */
@ApplicationScoped
public class PasswordHashing {

    private final int cost;
    private volatile String unknownUserHash;

    @Inject
    public PasswordHashing(DubanConfig config) {
        this(config.security().passwordHashCost());
    }

    PasswordHashing(int cost) {
        this.cost = cost;
        if (cost < 4 || cost > 31) {
            // Checked here so that a wrong setting stops the start, not the first password change.
            throw new IllegalArgumentException("duban.security.password-hash-cost must be from 4 to 31, not " + cost);
        }
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    /** Whether the password matches; a null hash (no such user) is checked against a dummy so it takes as long. */
    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash != null ? hash : unknownUserHash());
    }

    /** Made at the first unknown username, not while the service starts. */
    private String unknownUserHash() {
        String dummy = unknownUserHash;
        if (dummy == null) {
            dummy = hash("not-a-password-" + Secrets.random(8));
            unknownUserHash = dummy;
        }
        return dummy;
    }
}
