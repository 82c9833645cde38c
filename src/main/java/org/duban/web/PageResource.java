package org.duban.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.duban.common.ProblemException;
import org.duban.common.QueryParams;
import org.duban.plan.PlanResponse;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The supervision pages for people, in Chinese: the plan overview at {@code /}, an indicator's detail and a unit's
 * page. Read-only and open like the API's reads: anonymous visitors see PUBLIC plans, signed-in people what their role
 * allows. Kept out of the OpenAPI document, which describes the JSON API.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Views.Overview view, Visitor me);

        static native TemplateInstance noPlan(Visitor me);

        static native TemplateInstance indicator(Views.IndicatorDetail view, Visitor me);

        static native TemplateInstance unit(Views.UnitDetail view, Visitor me);

        static native TemplateInstance problem(int status, String title, String detail, Visitor me);
    }

    private final SupervisionService supervision;
    private final SecurityIdentity identity;
    private final FormTokens tokens;
    private final StaleSession staleSession;

    public PageResource(SupervisionService supervision, SecurityIdentity identity, FormTokens tokens,
            StaleSession staleSession) {
        this.supervision = supervision;
        this.identity = identity;
        this.tokens = tokens;
        this.staleSession = staleSession;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance home(@QueryParam("plan") Long plan, @QueryParam("unit") Long unit, @QueryParam("light") String light,
            @QueryParam("verdict") String verdict, @QueryParam("q") String q, @QueryParam("asOf") String asOf,
            RoutingContext rc) {
        if (plan != null) {
            return overview(plan, unit, light, verdict, q, asOf, rc);
        }
        List<PlanResponse> plans = supervision.visiblePlans();
        if (plans.isEmpty()) {
            return Templates.noPlan(me(rc));
        }
        return overview(plans.get(0).id(), unit, light, verdict, q, asOf, rc);
    }

    @GET
    @Path("plans/{id}")
    @Operation(hidden = true)
    public TemplateInstance plan(@PathParam("id") long id, @QueryParam("unit") Long unit,
            @QueryParam("light") String light, @QueryParam("verdict") String verdict, @QueryParam("q") String q,
            @QueryParam("asOf") String asOf, RoutingContext rc) {
        return overview(id, unit, light, verdict, q, asOf, rc);
    }

    @GET
    @Path("indicators/{id}")
    @Operation(hidden = true)
    public TemplateInstance indicator(@PathParam("id") long id, RoutingContext rc) {
        return Templates.indicator(supervision.indicator(id), me(rc));
    }

    @GET
    @Path("units/{id}")
    @Operation(hidden = true)
    public TemplateInstance unit(@PathParam("id") long id, @QueryParam("plan") long plan,
            @QueryParam("asOf") String asOf, RoutingContext rc) {
        // The scorecard needs a role in the API (GET /units/{id}/scorecard); the ranking follows its plan.
        boolean scorecard = identity.hasRole(Roles.VIEWER);
        return Templates.unit(supervision.unit(id, plan, scorecard, asOf(asOf)), me(rc));
    }

    private TemplateInstance overview(long planId, Long unit, String light, String verdict, String q, String asOf,
            RoutingContext rc) {
        var filters = new Views.Filters(unit, QueryParams.enumValue(Light.class, "light", blankToNull(light)),
                QueryParams.enumValue(Verdict.class, "verdict", blankToNull(verdict)), q);
        return Templates.overview(supervision.overview(planId, filters, asOf(asOf)), me(rc));
    }

    private Visitor me(RoutingContext rc) {
        return Visitor.of(identity, tokens.issue(rc));
    }

    private static LocalDate asOf(String asOf) {
        return QueryParams.asOf(blankToNull(asOf));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A missing or hidden plan, task or indicator, or a bad filter, as a page rather than problem+json. */
    @ServerExceptionMapper
    public Response problem(ProblemException e, RoutingContext rc) {
        return page(e.status(), e.status() == 404 ? "未找到" : "请求有误", e.status() == 404
                ? "没有这个页面，或者它不公开。" : e.getMessage(), rc);
    }

    /** A session whose account was disabled since: the same page again, anonymously. */
    @ServerExceptionMapper
    public Response staleSession(AuthenticationFailedException e, RoutingContext rc) {
        if (staleSession.applies(rc)) {
            return staleSession.signOutAndGo(rc, rc.request().uri());
        }
        return Response.status(401).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(401, "无法登录", "用户名或密码错误。", Visitor.of(null, tokens.issue(rc))))
                .header("WWW-Authenticate", "Basic realm=\"duban\", Bearer").build();
    }

    Response page(int status, String title, String detail, RoutingContext rc) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(status, title, detail, me(rc))).build();
    }
}
