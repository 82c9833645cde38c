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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.duban.common.DataRevision;
import org.duban.common.EntityTags;
import org.duban.config.DubanConfig;
import org.duban.security.ApiKeys;
import org.duban.security.LoginThrottle;
import org.duban.security.Secrets;
import org.duban.security.SecurityRevision;

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
 *     moves it), no lock of the username is in force ({@link LoginThrottle}), and the REST layer checked them less than
 *     {@code duban.security.credential-cache} ago, as the credential cache would.</li>
 * </ul>
 * A request with a cookie (which may carry a session), an OIDC token (which expires on its own) or weighted or other
 * media types in Accept goes on to the REST layer. The revisions must be known without a statement, so this works on
 * the embedded H2 database only; on PostgreSQL every request goes on to read them.
 *
 * <p>Runs after the security headers (-200) and the shutdown gate (-190), so that those apply here too.
 */
@ApplicationScoped
public class RepeatedReads {

    /** The Vert.x context local in which the REST layer leaves the matched path template (read by the HTTP metrics). */
    static final String PATH_TEMPLATE = "UrlPathTemplate";
    /** Routing-context key under which a repeatable request that was not answered here tells the cache what it was. */
    static final String ARRIVAL = RepeatedReads.class.getName() + ".arrival";

    /** A repeatable request as it arrived: request URI, credential digest ("" for none), security revision, time. */
    record Arrival(String requestUri, String credential, long securityRevision, long nanos) {
    }

    private final RepresentationCache cache;
    private final DataRevision dataRevision;
    private final SecurityRevision securityRevision;
    private final LoginThrottle throttle;
    private final long credentialNanos;
    private final Counter answered;

    public RepeatedReads(RepresentationCache cache, DataRevision dataRevision, SecurityRevision securityRevision,
            LoginThrottle throttle, DubanConfig config, MeterRegistry registry) {
        this.cache = cache;
        this.dataRevision = dataRevision;
        this.securityRevision = securityRevision;
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
        Arrival arrival = arrival(request);
        if (arrival == null) {
            rc.next();
            return;
        }
        RepresentationCache.Answer answer = cache.currentAnswer(arrival, credentialNanos);
        if (answer == null) {
            rc.put(ARRIVAL, arrival);
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

    /** The request as a repeatable one, or null when it must go to the REST layer whatever the cache holds. */
    private Arrival arrival(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.COOKIE) != null || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))
                || dataRevision.currentWithoutStatement() < 0) {
            return null;
        }
        String query = request.query();
        String uri = request.path() + (query == null ? "" : "?" + query);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return new Arrival(uri, "", 0, System.nanoTime());
        }
        if (!apiKey(authorization) && !basicAndUnlocked(authorization, request)) {
            return null;
        }
        long security = securityRevision.currentWithoutStatement();
        return security < 0 ? null : new Arrival(uri, Secrets.sha256(authorization), security, System.nanoTime());
    }

    private static boolean apiKey(String authorization) {
        return authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.substring(7).strip().startsWith(ApiKeys.PREFIX);
    }

    /** Basic credentials whose username is not locked (a lock refuses even the right password until it ends). */
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
        return colon > 0 && throttle.lockedFor(pair.substring(0, colon), address).isEmpty();
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
