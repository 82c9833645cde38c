package org.duban.security;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Persistence of API keys. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepository<ApiKey> {

    public Optional<ApiKey> findByHash(String hash) {
        return find("hash", hash).firstResultOptional();
    }

    /** Records a use, at most once per {@code notBefore}, in one statement that does not touch the version. */
    public void touch(long id, Instant now, Instant notBefore) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, id, notBefore);
    }
}
