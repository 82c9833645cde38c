package org.duban.caching;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.duban.common.EntityTags;

/**
 * Repeats, on the event loop, what the REST layer last answered an anonymous GET of the same request URI, while it is
 * current: 304 when If-None-Match names its tag, else the same JSON with the same ETag and Link. Dashboards and other
 * systems poll anonymously; this spares them the worker thread, the REST layer and the transaction.
 *
 * <p>Why it is safe: an answer is remembered only after the REST layer gave it to an anonymous caller for exactly this
 * request URI (every check of the path, the parameters, the visibility rules and the access policies held for it), and
 * it is repeated only while the data revision is the one it was rendered at and the day in Asia/Shanghai is the one it
 * was rendered for. A request with credentials (an Authorization header or any cookie, which may carry a session), or
 * that asks for something other than JSON, goes on to the REST layer. The revision must be known without a statement,
 * so this works on the embedded H2 database only; on PostgreSQL every request goes on to read it.
 *
 * <p>Runs after the security headers (-200) and the shutdown gate (-190), so that those apply here too.
 */
@ApplicationScoped
public class AnonymousReads {

    /** The Vert.x context local in which the REST layer leaves the matched path template (read by the HTTP metrics). */
    static final String PATH_TEMPLATE = "UrlPathTemplate";

    private final RepresentationCache cache;
    private final Counter answered;

    public AnonymousReads(RepresentationCache cache, MeterRegistry registry) {
        this.cache = cache;
        this.answered = Counter.builder("duban.reads.event.loop")
                .description("Anonymous GETs answered from the representation cache on the event loop")
                .register(registry);
    }

    void install(@Observes Router router) {
        router.get("/api/v1/*").order(-180).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader(HttpHeaders.COOKIE) != null
                || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            rc.next();
            return;
        }
        String query = request.query();
        RepresentationCache.Answer answer = cache.currentAnswer(request.path() + (query == null ? "" : "?" + query));
        if (answer == null) {
            rc.next();
            return;
        }
        answered.increment();
        Vertx.currentContext().putLocal(PATH_TEMPLATE, answer.template());
        var response = rc.response();
        response.putHeader(HttpHeaders.ETAG, "\"" + answer.tag() + "\"");
        if (answer.link() != null) {
            response.putHeader("Link", answer.link());
        }
        if (EntityTags.names(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.tag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                .end(Buffer.buffer(answer.body()));
    }

    /** No Accept header, or one that lists JSON or a wildcard covering it, without weights (those the REST layer weighs). */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        if (accept.contains("q=")) {
            return false;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].strip();
            if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")) {
                return true;
            }
        }
        return false;
    }
}
