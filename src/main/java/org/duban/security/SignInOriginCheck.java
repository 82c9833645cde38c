package org.duban.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards the form sign-in post. Refuses a form sign-in posted from another site (login CSRF: a page elsewhere signing the visitor in as someone
 * else). The sign-in post is answered by Quarkus form authentication before any JAX-RS filter could check a CSRF token,
 * so it is checked here, on its headers alone (OWASP's Fetch Metadata and "verifying origin with standard headers"):
 * {@code Sec-Fetch-Site} must be {@code same-origin}, or, from a client that does not send it, the {@code Origin} (or
 * else the {@code Referer}) must name this very host; a post that proves neither is refused.
 */
@ApplicationScoped
public class SignInOriginCheck {

    private final String postLocation;
    private final String errorPage;

    public SignInOriginCheck(
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String postLocation,
            @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/login?error=true")
            String errorPage) {
        this.postLocation = postLocation;
        this.errorPage = errorPage;
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, postLocation).order(-300).handler(this::check).failureHandler(this::failed);
    }

    /**
     * A wrong password or a locked account: back to the sign-in page with a message, as form authentication does when
     * authentication is proactive (with lazy authentication the failure would otherwise reach the JSON API's problem
     * mapper and answer 401 problem+json to a person's browser).
     */
    private void failed(RoutingContext rc) {
        if (rc.failure() instanceof AuthenticationFailedException && !rc.response().headWritten()) {
            rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, errorPage).end();
        } else {
            rc.next();
        }
    }

    private void check(RoutingContext rc) {
        if (sameOrigin(rc)) {
            rc.next();
        } else {
            rc.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("Sign-in refused: the form was not posted from this site");
        }
    }

    /**
     * Whether the post comes from this site: by Fetch Metadata ({@code Sec-Fetch-Site: same-origin}) where the browser
     * sends it, which it does whatever the referrer policy (this service's {@code no-referrer} makes the Origin of a
     * form post "null"); else by the Origin, or the Referer, naming the host the request was sent to (scheme aside:
     * proxies change it).
     */
    static boolean sameOrigin(String host, String fetchSite, String origin, String referer) {
        if (fetchSite != null && !fetchSite.isBlank()) {
            return "same-origin".equalsIgnoreCase(fetchSite.strip());
        }
        String source = origin != null && !origin.isBlank() && !"null".equals(origin) ? origin : referer;
        if (host == null || source == null || source.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(source.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || (uri.getPort() < 0 && stripPort(host).equalsIgnoreCase(uri.getHost())
                    && defaultPort(host, uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean sameOrigin(RoutingContext rc) {
        return sameOrigin(rc.request().getHeader(HttpHeaders.HOST), rc.request().getHeader("Sec-Fetch-Site"),
                rc.request().getHeader(HttpHeaders.ORIGIN), rc.request().getHeader(HttpHeaders.REFERER));
    }

    private static String stripPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon > host.lastIndexOf(']') && colon >= 0 ? host.substring(0, colon) : host;
    }

    /** "example:443" is the same authority as an https origin without a port, "example:80" as an http one. */
    private static boolean defaultPort(String host, String scheme) {
        String port = host.length() > stripPort(host).length() ? host.substring(stripPort(host).length() + 1) : null;
        return port == null || ("https".equalsIgnoreCase(scheme) && port.equals("443"))
                || ("http".equalsIgnoreCase(scheme) && port.equals("80"));
    }
}
