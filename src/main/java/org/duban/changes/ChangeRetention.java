package org.duban.changes;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.duban.config.DubanConfig;

/**
 * Removes changes older than {@code duban.changes.retention} once a day, and remembers the last position removed so
 * that a reader whose cursor fell among them gets a 400 rather than a silent gap.
 */
@ApplicationScoped
public class ChangeRetention {

    private final EntityManager entityManager;
    private final DubanConfig config;

    public ChangeRetention(EntityManager entityManager, DubanConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Scheduled(identity = "change-feed-retention", cron = "0 30 0 * * ?", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int removed = purgeBefore(Instant.now().minus(config.changes().retention()));
        if (removed > 0) {
            Log.infof("Change feed: %d changes older than %s removed", removed, config.changes().retention());
        }
    }

    /**
     * Removes the changes written before the instant; returns how many. Several instances may run it at once. The
     * cutoff is bound as a UTC date-time, as the column holds it, whatever the database session's time zone.
     */
    @Transactional
    public int purgeBefore(Instant cutoff) {
        Object max = entityManager.createNativeQuery("select max(seq) from change_feed where occurred_at < :cutoff")
                .setParameter("cutoff", LocalDateTime.ofInstant(cutoff.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .getSingleResult();
        if (max == null) {
            return 0;
        }
        long through = ((Number) max).longValue();
        int removed = entityManager.createNativeQuery("delete from change_feed where seq <= :through")
                .setParameter("through", through).executeUpdate();
        entityManager.createNativeQuery("update data_revision set changes_purged = greatest(changes_purged, :through)"
                + " where id = 1").setParameter("through", through).executeUpdate();
        return removed;
    }
}
