package org.duban.caching;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.duban.common.EntityTags;
import org.duban.config.DubanConfig;
import org.duban.security.ApiKeys;
import org.duban.security.LoginThrottle;
import org.duban.security.Secrets;

/**
 * Repeats, on the event loop, what the REST layer last answered the same GET with the same credentials, while it is
 * current: 304 when If-None-Match names its tag, else the same JSON with the same ETag and Link. Dashboards and other
 * systems poll all day; this spares them the worker thread, the REST layer, authentication and the transaction.
 *
 * <p>Why it is safe. An answer is remembered only after the REST layer gave it for exactly this request URI and this
 * Authorization header (none, Basic, or an API key), so every check of the path, the parameters, the credentials, the
 * visibility rules and the access policies held for it. It is repeated only while:
 * <ul>
 * <li>the data revision is the one it was rendered at, and the day in Asia/Shanghai the one it was rendered for;</li>
 * <li>with credentials, the security revision is the one of the request's arrival (any change to an account or a key
 *     moves it), the username is neither locked nor counting failed sign-ins ({@link LoginThrottle}: those the REST
 *     layer handles), and the REST layer checked them less than
 *     {@code duban.security.credential-cache} ago, as the credential cache would.</li>
 * </ul>
 * A request with a cookie (which may carry a session), an OIDC token (which expires on its own) or weighted or other
 * media types in Accept goes on to the REST layer. The revisions are read without blocking ({@link Revisions}): from
 * memory on H2, by a query that begins after the request arrived on PostgreSQL, so that a write committed by another
 * instance is never missed.
 *
 * <p>Runs after the security headers (-200) and the shutdown gate (-190), so that those apply here too.
 */
@ApplicationScoped
public class RepeatedReads {

    /** The Vert.x context local in which the REST layer leaves the matched path template (read by the HTTP metrics). */
    static final String PATH_TEMPLATE = "UrlPathTemplate";
    /** Routing-context key under which a repeatable request that was not answered here tells the cache what it was. */
    static final String ARRIVAL = RepeatedReads.class.getName() + ".arrival";

    /** A repeatable request as it arrived: request URI, credential digest ("" for none), the revisions, the time. */
    record Arrival(String requestUri, String credential, Revisions.Current revisions, long nanos) {
    }

    private final RepresentationCache cache;
    private final Revisions revisions;
    private final LoginThrottle throttle;
    private final long credentialNanos;
    private final Counter answered;

    public RepeatedReads(RepresentationCache cache, Revisions revisions, LoginThrottle throttle, DubanConfig config,
            MeterRegistry registry) {
        this.cache = cache;
        this.revisions = revisions;
        this.throttle = throttle;
        this.credentialNanos = config.security().credentialCache().toNanos();
        this.answered = Counter.builder("duban.reads.event.loop")
                .description("GETs answered on the event loop with what the REST layer last answered them")
                .register(registry);
    }

    void install(@Observes Router router) {
        router.get("/api/v1/*").order(-180).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        long arrived = System.nanoTime();
        String credential = credential(request);
        var current = credential == null ? null : revisions.current();
        if (current == null) {
            rc.next();
            return;
        }
        String query = request.query();
        String uri = request.path() + (query == null ? "" : "?" + query);
        if (current.isComplete()) {
            answer(rc, current.failed() ? null : new Arrival(uri, credential, current.result(), arrived));
            return;
        }
        Context context = Vertx.currentContext();
        current.onComplete(read -> context.runOnContext(v -> answer(rc,
                read.failed() ? null : new Arrival(uri, credential, read.result(), arrived))));
    }

    /** Answers from the cache, or leaves the arrival for the REST layer to remember its answer by; null: REST. */
    private void answer(RoutingContext rc, Arrival arrival) {
        RepresentationCache.Answer answer = arrival == null ? null : cache.currentAnswer(arrival, credentialNanos);
        if (answer == null) {
            if (arrival != null) {
                rc.put(ARRIVAL, arrival);
            }
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
        if (EntityTags.names(rc.request().getHeader(HttpHeaders.IF_NONE_MATCH), answer.tag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                .end(Buffer.buffer(answer.body()));
    }

    /**
     * The digest of the request's credentials ("" for none), or null when it must go to the REST layer whatever the
     * cache holds: a cookie, an OIDC token, a locked username, or an Accept header the REST layer must weigh.
     */
    private String credential(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.COOKIE) != null || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return null;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return "";
        }
        return apiKey(authorization) || basicAndUnlocked(authorization, request) ? Secrets.sha256(authorization) : null;
    }

    private static boolean apiKey(String authorization) {
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.substring(7).strip().startsWith(ApiKeys.PREFIX);
    }

    /**
     * Basic credentials whose username is neither locked (a lock refuses even the right password until it ends) nor
     * counting failures (the REST layer's success clears them).
     */
    private boolean basicAndUnlocked(String authorization, HttpServerRequest request) {
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = pair.indexOf(':');
        String address = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return colon > 0 && !throttle.hasFailures(pair.substring(0, colon))
                && throttle.lockedFor(pair.substring(0, colon), address).isEmpty();
    }

    /** No Accept header, or one listing JSON or a wildcard covering it, without weights (the REST layer weighs those). */
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
