package org.duban.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.duban.config.DubanConfig;

/**
 * Creates the account {@code admin} on the first start, when the database holds no account: with the password of
 * {@code duban.admin-password} (DUBAN_ADMIN_PASSWORD), or else a random one written once to the log.
 */
@ApplicationScoped
public class FirstAdmin {

    public static final String USERNAME = "admin";

    private final AccountRepository accounts;
    private final DubanConfig config;
    private final PasswordHashing passwords;

    public FirstAdmin(AccountRepository accounts, DubanConfig config, PasswordHashing passwords) {
        this.accounts = accounts;
        this.config = config;
        this.passwords = passwords;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        var configured = config.adminPassword().filter(p -> !p.isBlank());
        String password = configured.orElseGet(() -> Secrets.random(18));
        Account admin = new Account();
        admin.username = USERNAME;
        admin.passwordHash = passwords.hash(password);
        admin.enabled = true;
        admin.roles.add(Roles.ADMIN);
        accounts.persist(admin);
        if (configured.isPresent()) {
            Log.info("Created the first account 'admin' with the password of duban.admin-password");
        } else {
            Log.warnf("Created the first account 'admin' with the generated password %s (shown only this once; set "
                    + "DUBAN_ADMIN_PASSWORD before the first start to choose it)", password);
        }
    }
}
