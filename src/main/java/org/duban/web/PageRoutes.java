package org.duban.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.smallrye.common.annotation.Blocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.duban.common.ProblemException;
import org.duban.common.QueryParams;
import org.duban.plan.PlanResponse;
import org.duban.security.Roles;

/**
 * The supervision pages for people, in Chinese: the plan overview at {@code /}, an indicator's detail and a unit's
 * page. Read-only and open like the API's reads: anonymous visitors see PUBLIC plans, signed-in people what their role
 * allows. Vert.x routes (blocking: they read the database), outside the JSON API under {@code /api/v1} and its
 * OpenAPI document; a failure is a page, never problem+json.
 */
@ApplicationScoped
public class PageRoutes {

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

    public PageRoutes(SupervisionService supervision, SecurityIdentity identity, FormTokens tokens,
            StaleSession staleSession) {
        this.supervision = supervision;
        this.identity = identity;
        this.tokens = tokens;
        this.staleSession = staleSession;
    }

    @Route(path = "/", methods = {HttpMethod.GET, HttpMethod.HEAD})
    @Blocking
    void home(RoutingContext rc) {
        serve(rc, () -> {
            Long plan = Pages.longQuery(rc, "plan");
            if (plan != null) {
                return overview(plan, rc);
            }
            List<PlanResponse> plans = supervision.visiblePlans();
            return plans.isEmpty() ? Templates.noPlan(me(rc)) : overview(plans.get(0).id(), rc);
        });
    }

    @Route(path = "/plans/:id", methods = {HttpMethod.GET, HttpMethod.HEAD})
    @Blocking
    void plan(RoutingContext rc) {
        serve(rc, () -> overview(Pages.id(rc, "id"), rc));
    }

    @Route(path = "/indicators/:id", methods = {HttpMethod.GET, HttpMethod.HEAD})
    @Blocking
    void indicator(RoutingContext rc) {
        serve(rc, () -> Templates.indicator(supervision.indicator(Pages.id(rc, "id")), me(rc)));
    }

    @Route(path = "/units/:id", methods = {HttpMethod.GET, HttpMethod.HEAD})
    @Blocking
    void unit(RoutingContext rc) {
        serve(rc, () -> {
            long id = Pages.id(rc, "id");
            Long plan = Pages.longQuery(rc, "plan");
            // The scorecard needs a role in the API (GET /units/{id}/scorecard); the ranking follows its plan.
            boolean scorecard = identity.hasRole(Roles.VIEWER);
            return Templates.unit(supervision.unit(id, plan == null ? 0 : plan, scorecard, asOf(rc)), me(rc));
        });
    }

    private TemplateInstance overview(long planId, RoutingContext rc) {
        var filters = new Views.Filters(Pages.longQuery(rc, "unit"),
                QueryParams.enumValue(Light.class, "light", Pages.query(rc, "light")),
                QueryParams.enumValue(Verdict.class, "verdict", Pages.query(rc, "verdict")),
                rc.queryParams().get("q"));
        return Templates.overview(supervision.overview(planId, filters, asOf(rc)), me(rc));
    }

    /**
     * Answers the page, or the failure as a page: a missing or hidden plan, task or indicator, or a bad filter; a
     * session whose account was disabled since (the same page again, anonymously); bad Basic credentials (401).
     */
    private void serve(RoutingContext rc, Supplier<TemplateInstance> page) {
        Pages.answerAuthenticationFailures(rc);
        try {
            Pages.html(rc, 200, page.get());
        } catch (ProblemException e) {
            problem(rc, e.status(), e.status() == 404 ? "未找到" : "请求有误",
                    e.status() == 404 ? "没有这个页面，或者它不公开。" : e.getMessage());
        } catch (AuthenticationFailedException e) {
            if (staleSession.applies(rc)) {
                staleSession.signOutAndGo(rc, rc.request().uri());
                return;
            }
            rc.response().putHeader("WWW-Authenticate", "Basic realm=\"duban\", Bearer");
            Pages.html(rc, 401, Templates.problem(401, "无法登录", "用户名或密码错误。", Visitor.of(null, tokens.issue(rc))));
        }
    }

    void problem(RoutingContext rc, int status, String title, String detail) {
        Pages.html(rc, status, Templates.problem(status, title, detail, me(rc)));
    }

    private Visitor me(RoutingContext rc) {
        return Visitor.of(identity, tokens.issue(rc));
    }

    private static LocalDate asOf(RoutingContext rc) {
        return QueryParams.asOf(Pages.query(rc, "asOf"));
    }
}
