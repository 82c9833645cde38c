package org.duban.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The sign-in page of form authentication (Quarkus checks the posted username and password at
 * {@code /j_security_check} against the same accounts as HTTP Basic, and keeps the session in an encrypted cookie),
 * and sign-out.
 */
@Path("/")
@PermitAll
public class SignInResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, Visitor me);
    }

    private final SecurityIdentity identity;
    private final FormTokens tokens;

    public SignInResource(SecurityIdentity identity, FormTokens tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance login(@QueryParam("error") String error, RoutingContext rc) {
        return Templates.login(error != null, Visitor.of(identity, tokens.issue(rc)));
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response logout(@RestForm(FormTokens.FIELD) String token, @CookieParam(FormTokens.COOKIE) String cookie,
            RoutingContext rc) {
        tokens.verify(token, cookie);
        // Resolving the identity (authentication is lazy) runs form authentication, which tells logout its cookie.
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(rc);
        }
        return Response.seeOther(URI.create("/")).build();
    }

    @ServerExceptionMapper
    public Response refused(FormTokens.RefusedException e) {
        return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("表单已过期或来源不明，请返回页面刷新后重试。").build();
    }
}
