package org.duban.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A page request whose session no longer authenticates (its account was disabled or deleted since sign-in): the
 * session cookie is cleared and the browser sent on, so that the visitor carries on anonymously or signs in again
 * instead of reading the JSON API's 401 problem. A request with bad HTTP Basic credentials keeps its 401: a redirect
 * would only bring the same credentials back.
 */
@ApplicationScoped
public class StaleSession {

    private final String cookieName;

    public StaleSession(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.cookieName = cookieName;
    }

    /** True when the failure is the session's, not that of credentials sent with the request. */
    public boolean applies(RoutingContext rc) {
        return rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null && rc.request().getCookie(cookieName) != null;
    }

    /** Clears the session cookie and sends the browser to {@code next}. */
    public void signOutAndGo(RoutingContext rc, String next) {
        rc.response().addCookie(Cookie.cookie(cookieName, "").setPath("/").setMaxAge(0).setHttpOnly(true));
        Pages.seeOther(rc, next);
    }
}
