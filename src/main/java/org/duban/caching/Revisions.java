package org.duban.caching;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.duban.common.DataRevision;
import org.duban.security.SecurityRevision;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data and security revisions as the event loop may learn them, without blocking: from memory on the embedded H2
 * database (see {@link org.duban.common.RevisionCounter}); on PostgreSQL by one non-blocking query of both rows, over
 * a small pool of its own. Like {@link org.duban.common.FreshReads}, concurrent requests share those queries, and a
 * request is only ever answered by one that began after it arrived: a write committed by any instance before a
 * request arrived is seen by it.
 */
@ApplicationScoped
public class Revisions {

    /** Both revisions, read together. */
    record Current(long data, long security) {
    }

    private static final String BOTH = "select d.revision, s.revision from data_revision d, security_revision s"
            + " where d.id = 1 and s.id = 1";

    private final DataRevision dataRevision;
    private final SecurityRevision securityRevision;
    /** The pool for PostgreSQL; null on H2, or when the JDBC URL could not be used (then the REST layer reads). */
    private final PgPool pool;
    /** The query under way, or null. */
    private Future<Current> running;
    /** The query that begins when the running one ends, joined by whoever asks meanwhile; or null. */
    private Promise<Current> next;

    public Revisions(DataRevision dataRevision, SecurityRevision securityRevision, Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.dataRevision = dataRevision;
        this.securityRevision = securityRevision;
        this.pool = jdbcUrl.startsWith("jdbc:postgresql:") ? pool(vertx, jdbcUrl, user, password) : null;
    }

    private static PgPool pool(Vertx vertx, String jdbcUrl, Optional<String> user, Optional<String> password) {
        try {
            PgConnectOptions options = PgConnectOptions.fromUri(jdbcUrl.substring("jdbc:".length()));
            user.ifPresent(options::setUser);
            password.ifPresent(options::setPassword);
            options.setCachePreparedStatements(true);
            return PgPool.pool(vertx, options, new PoolOptions().setMaxSize(2));
        } catch (RuntimeException e) {
            Log.warnf("Repeated reads on the event loop are off: the JDBC URL %s cannot be used by the non-blocking "
                    + "client (%s); every read goes to the REST layer", jdbcUrl, e.getMessage());
            return null;
        }
    }

    /** On H2, the counters learn their values from the database once, so that the event loop never has to. */
    void load(@Observes StartupEvent event) {
        dataRevision.current();
        securityRevision.current();
    }

    void close(@Observes ShutdownEvent event) {
        if (pool != null) {
            pool.close();
        }
    }

    /** The revisions, read after this call; null when they cannot be had without blocking (H2 before start-up ends). */
    Future<Current> current() {
        if (pool == null) {
            long data = dataRevision.currentWithoutStatement();
            long security = securityRevision.currentWithoutStatement();
            return data < 0 || security < 0 ? null : Future.succeededFuture(new Current(data, security));
        }
        synchronized (this) {
            if (running == null) {
                running = query();
                return running;
            }
            if (next == null) {
                next = Promise.promise();
            }
            return next.future();
        }
    }

    private Future<Current> query() {
        Future<Current> query = pool.preparedQuery(BOTH).execute().map(rows -> {
            Row row = rows.iterator().next();
            return new Current(row.getLong(0), row.getLong(1));
        });
        query.onComplete(done -> {
            Promise<Current> waiting;
            synchronized (this) {
                waiting = next;
                next = null;
                running = waiting == null ? null : query();
                if (waiting != null) {
                    running.onComplete(waiting);
                }
            }
        });
        return query;
    }
}
