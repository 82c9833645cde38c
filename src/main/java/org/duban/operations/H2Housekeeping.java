package org.duban.operations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * The housekeeping H2 skips when every commit is written at once. The embedded database runs with {@code WRITE_DELAY=0}
 * (durability: README, "Durability"), and H2 then starts no background thread, the one that would rewrite half-empty
 * chunks of its file and free the dead ones. Every commit writes a chunk, and each chunk keeps a few live pages (the
 * last page of a table that only grows), so no chunk ever becomes free on its own: the file grew by about 75 MB a
 * minute under the soak's load (670 MB after 8 minutes), and the heap by the chunks' bookkeeping. This does that work
 * on a schedule: rewrite the live pages of chunks whose live share fell below {@link #TARGET_FILL_RATE}, then free the
 * chunks no version uses any more once H2's retention time has passed, so that new chunks reuse their space.
 * PostgreSQL, in-memory H2 and an H2 that runs its own background thread are left alone.
 */
@ApplicationScoped
public class H2Housekeeping {

    /** Chunks with less than this share of live pages are rewritten (H2's default auto-compact fill rate is 90). */
    static final int TARGET_FILL_RATE = 50;
    /** At most about this many bytes are rewritten per run, so that a run stays short beside the writes it shares. */
    static final int WRITE_LIMIT = 4 * 1024 * 1024;

    private final AgroalDataSource dataSource;
    /** Fixed at build time: a PostgreSQL build never borrows a connection for this. */
    private final boolean h2;

    public H2Housekeeping(AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.h2 = "h2".equalsIgnoreCase(dbKind);
    }

    @Scheduled(identity = "h2-housekeeping", every = "${duban.h2.housekeeping-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (!h2) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            housekeep(connection);
        } catch (SQLException | RuntimeException e) {
            // A closing database (shutdown) or a store busy with a write: the next run tries again.
            Log.debugf(e, "H2 housekeeping skipped");
        }
    }

    /**
     * One round of housekeeping through a connection to the database; false when there is nothing of ours to do (not an
     * embedded H2 file database, or one whose own background thread does it).
     */
    static boolean housekeep(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return false;
        }
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local)) {
            return false;
        }
        MVStore store = local.getDatabase().getStore().getMvStore();
        FileStore<?> file = store.getFileStore();
        if (file == null || store.isClosed() || store.getAutoCommitDelay() > 0) {
            return false;
        }
        boolean rewrote = store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
        file.dropUnusedChunks();
        Log.debugf("H2 housekeeping: rewrote %s; file %d KiB, %d %% in use, chunks %d %% live", rewrote,
                file.size() / 1024, file.getFillRate(), file.getChunksFillRate());
        return true;
    }
}
