package org.duban.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Persistence of accounts. */
@ApplicationScoped
public class AccountRepository implements PanacheRepository<Account> {

    public Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Enabled accounts holding the admin role, other than {@code exceptId}. */
    public long countOtherEnabledAdmins(long exceptId) {
        return count("select count(distinct a) from Account a join a.roles r where r = ?1 and a.enabled = true"
                + " and a.id <> ?2", Roles.ADMIN, exceptId);
    }
}
