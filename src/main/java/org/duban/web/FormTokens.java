package org.duban.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF tokens of the pages' forms, by the double-submit cookie: a random token in an HttpOnly, SameSite=Strict cookie
 * and the same token in a hidden field of every form; a post whose field does not match its cookie is refused. Kept
 * to the pages' own form endpoints: quarkus-rest-csrf checks every multipart post of the application, which would
 * refuse the JSON API's form upload ({@code curl -F file=@…} to {@code /api/v1/imports}) that carries no such cookie.
 */
@ApplicationScoped
public class FormTokens {

    /** Cookie holding the token. */
    public static final String COOKIE = "duban-csrf";
    /** Form field holding the token. */
    public static final String FIELD = "csrf-token";

    private static final int BYTES = 32;
    private final SecureRandom random = new SecureRandom();

    /** Refusal of a form post whose token is missing or wrong. */
    public static class RefusedException extends RuntimeException {
        RefusedException() {
            super("the form's CSRF token is missing or does not match its cookie");
        }
    }

    /** The token for the forms of this response: the visitor's own, or a new one set as a cookie on the response. */
    public String issue(RoutingContext rc) {
        Cookie existing = rc.request().getCookie(COOKIE);
        if (existing != null && wellFormed(existing.getValue())) {
            return existing.getValue();
        }
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        rc.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure("https".equalsIgnoreCase(rc.request().scheme())));
        return token;
    }

    /** Passes when the form's token equals its cookie's; else {@link RefusedException}. */
    public void verify(String formToken, String cookieToken) {
        if (!wellFormed(formToken) || !wellFormed(cookieToken) || !MessageDigest.isEqual(
                formToken.getBytes(StandardCharsets.US_ASCII), cookieToken.getBytes(StandardCharsets.US_ASCII))) {
            throw new RefusedException();
        }
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c)
                || c == '-' || c == '_');
    }
}
