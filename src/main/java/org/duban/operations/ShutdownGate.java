package org.duban.operations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.duban.common.Problem;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Graceful shutdown. When the service is asked to stop (SIGTERM), readiness turns DOWN and every new API request is
 * refused with a 503 problem, while the requests already accepted run to completion: Quarkus waits for them
 * ({@code quarkus.shutdown.timeout}) before it closes the database. An accepted write, an import included, therefore
 * commits whole or, if it fails, rolls back whole; none is cut off half way.
 */
@ApplicationScoped
@Readiness
public class ShutdownGate implements HealthCheck {

    private final AtomicBoolean closed = new AtomicBoolean();
    private final ObjectMapper json;

    public ShutdownGate(ObjectMapper json) {
        this.json = json;
    }

    /** The first shutdown step (with {@code quarkus.shutdown.delay-enabled}): before the HTTP server drains. */
    void onShutdownRequested(@Observes ShutdownDelayInitiatedEvent event) {
        close();
    }

    /** Without a shutdown delay the gate closes here, once Quarkus has drained the HTTP requests. */
    void onShutdown(@Observes ShutdownEvent event) {
        close();
    }

    private void close() {
        if (closed.compareAndSet(false, true)) {
            Log.info("Shutting down: readiness is DOWN, new API requests are refused with 503, accepted ones finish");
        }
    }

    /** Whether the service has stopped accepting new work. */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Accepting requests").status(!closed.get()).build();
    }

    /**
     * Runs right after the security headers (order -200), before authentication and the REST layer, so that a refused
     * request touches neither the database nor a transaction. Health, metrics and the OpenAPI document (under /q/) stay
     * open, so that probes see readiness DOWN rather than a refused connection.
     */
    void install(@Observes Router router) {
        router.route().order(-190).handler(rc -> {
            if (!closed.get() || rc.normalizedPath().startsWith("/q/")) {
                rc.next();
                return;
            }
            Problem problem = Problem.of(503, "shutting-down", "Service unavailable",
                    "The service is shutting down and accepts no new requests; retry in a moment (another instance, "
                            + "or this one once restarted)", instance(rc.request().path()));
            rc.response().setStatusCode(503)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(serialize(problem));
        });
    }

    private static URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null; // a path that is no valid URI is left out rather than failing the refusal
        }
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }
}
