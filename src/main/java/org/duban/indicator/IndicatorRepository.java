package org.duban.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Persistence of indicators. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

    /**
     * Moves the indicator's {@code updatedAt} without its version, in one statement: a measurement added or removed
     * changes what the indicator shows, but conflicts with no edit of the indicator itself, so concurrent appends
     * queue on the row instead of failing each other's optimistic lock.
     */
    public void touch(long id, Instant at) {
        update("updatedAt = ?1 where id = ?2", at, id);
    }
}
