package org.duban.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiConsumer;
import org.duban.common.InvalidRequestException;

/**
 * How the pages' routes answer: HTML in UTF-8 with a status, a 303 to another page, and the query and path parameters
 * read so that a bad value is a 400 page naming it (the routes are Vert.x routes, outside the JSON API's JAX-RS
 * application and its problem+json mappers).
 */
final class Pages {

    static final String HTML = "text/html;charset=UTF-8";

    private Pages() {
    }

    /**
     * Authentication is lazy: a session that no longer authenticates fails when a route first asks who is there. By
     * default Quarkus would then answer by itself (a 401); a page answers instead (StaleSession), so the failure only
     * reaches the route, as an AuthenticationFailedException.
     */
    static void answerAuthenticationFailures(RoutingContext rc) {
        rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (context, failure) -> {
        });
    }

    static void html(RoutingContext rc, int status, TemplateInstance page) {
        String body = page.render();
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, HTML).end(body);
    }

    static void seeOther(RoutingContext rc, String location) {
        rc.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, location).end();
    }

    /** A query parameter, or null when absent or blank. */
    static String query(RoutingContext rc, String name) {
        String value = rc.queryParams().get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** A numeric query parameter, or null when absent or blank. */
    static Long longQuery(RoutingContext rc, String name) {
        return number(name, query(rc, name));
    }

    /** The numeric path parameter {@code name}. */
    static long id(RoutingContext rc, String name) {
        return number(name, rc.pathParam(name));
    }

    private static Long number(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a number, not '" + value + "'");
        }
    }
}
