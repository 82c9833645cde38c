package org.duban.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The sign-in page of form authentication (Quarkus checks the posted username and password at
 * {@code /j_security_check} against the same accounts as HTTP Basic, and keeps the session in an encrypted cookie),
 * and sign-out.
 */
@ApplicationScoped
public class SignInRoutes {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, Visitor me);
    }

    private final SecurityIdentity identity;
    private final FormTokens tokens;
    private final StaleSession staleSession;

    public SignInRoutes(SecurityIdentity identity, FormTokens tokens, StaleSession staleSession) {
        this.identity = identity;
        this.tokens = tokens;
        this.staleSession = staleSession;
    }

    @Route(path = "/login", methods = {HttpMethod.GET, HttpMethod.HEAD})
    @Blocking
    void login(RoutingContext rc) {
        Pages.answerAuthenticationFailures(rc);
        Visitor me;
        try {
            me = Visitor.of(identity, tokens.issue(rc));
        } catch (AuthenticationFailedException e) {
            // A session that no longer authenticates, or bad Basic credentials: the form is for signing in anew.
            me = Visitor.of(null, tokens.issue(rc));
        }
        Pages.html(rc, 200, Templates.login(rc.queryParams().contains("error"), me));
    }

    @Route(path = "/logout", methods = HttpMethod.POST, consumes = "application/x-www-form-urlencoded")
    @Blocking
    void logout(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(FormTokens.COOKIE);
        try {
            tokens.verify(rc.request().getFormAttribute(FormTokens.FIELD), cookie == null ? null : cookie.getValue());
        } catch (FormTokens.RefusedException e) {
            rc.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain;charset=UTF-8")
                    .end("表单已过期或来源不明，请返回页面刷新后重试。");
            return;
        }
        Pages.answerAuthenticationFailures(rc);
        try {
            // Resolving the identity (authentication is lazy) runs form authentication, which tells logout its cookie.
            if (!identity.isAnonymous()) {
                FormAuthenticationMechanism.logout(rc);
            }
        } catch (AuthenticationFailedException e) {
            // The session's account was disabled or deleted since: signed out already, only the cookie is left.
            staleSession.signOutAndGo(rc, "/");
            return;
        }
        Pages.seeOther(rc, "/");
    }
}
