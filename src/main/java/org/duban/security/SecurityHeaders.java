package org.duban.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response, Swagger UI and health included: no MIME sniffing, no framing (both the old
 * header and CSP {@code frame-ancestors}, which restricts nothing else, so Swagger UI's scripts still run), no referrer.
 * A response to a request that carried credentials is {@code Cache-Control: private, no-cache}: shared caches never
 * keep it, while a browser may still revalidate it with its ETag (dashboards poll with If-None-Match). Every response
 * varies with Authorization, since anonymous callers see less.
 */
@ApplicationScoped
public class SecurityHeaders {

    void install(@Observes Router router) {
        router.route().order(-200).handler(rc -> {
            var headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            headers.set("Referrer-Policy", "no-referrer");
            boolean credentials = rc.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
            rc.addHeadersEndHandler(v -> {
                if (credentials && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
                    headers.set(HttpHeaders.CACHE_CONTROL, "private, no-cache");
                }
                // What a response holds depends on who asks (anonymous callers see PUBLIC plans only).
                headers.add(HttpHeaders.VARY, "Authorization");
            });
            rc.next();
        });
    }
}
