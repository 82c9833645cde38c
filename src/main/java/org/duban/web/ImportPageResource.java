package org.duban.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.duban.common.ProblemException;
import org.duban.common.Violation;
import org.duban.importing.ImportPreview;
import org.duban.importing.ImportResult;
import org.duban.importing.ImportService;
import org.duban.importing.ImportService.ImportCommand;
import org.duban.plan.PlanResponse;
import org.duban.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The import page, for editors: upload a completion table, read the dry-run preview (tasks, units, the numbers
 * highlighted in the phrases they were read from, warnings), then commit it. Both steps call the
 * {@link ImportService} that {@code POST /api/v1/imports} calls, so the preview is the API's dry run.
 */
@Path("/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ImportPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String region, String error, List<Violation> violations, long maxBytes,
                Visitor me);

        static native TemplateInstance preview(ImportPreview preview, List<PreviewRow> rows, String sourceName,
                String pendingId, Visitor me);

        static native TemplateInstance result(ImportResult result, PlanResponse plan, Visitor me);
    }

    /** An extracted indicator of the preview with its phrases cut for highlighting. */
    public record PreviewRow(ImportPreview.PreviewTask task, List<PreviewIndicatorRow> indicators) {
    }

    /** An indicator of the preview: its target phrase and each actual's phrase, numbers marked. */
    public record PreviewIndicatorRow(ImportPreview.PreviewIndicator indicator, List<Highlight.Piece> target,
            List<List<Highlight.Piece>> actuals) {
    }

    private final ImportService imports;
    private final PendingImports pending;
    private final SupervisionService supervision;
    private final SecurityIdentity identity;
    private final FormTokens tokens;
    private final StaleSession staleSession;
    private final String locationCookie;

    public ImportPageResource(ImportService imports, PendingImports pending, SupervisionService supervision,
            SecurityIdentity identity, FormTokens tokens, StaleSession staleSession,
            @ConfigProperty(name = "quarkus.http.auth.form.location-cookie", defaultValue = "quarkus-redirect-location")
            String locationCookie) {
        this.imports = imports;
        this.pending = pending;
        this.supervision = supervision;
        this.identity = identity;
        this.tokens = tokens;
        this.staleSession = staleSession;
        this.locationCookie = locationCookie;
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance form(RoutingContext rc) {
        List<PlanResponse> plans = supervision.visiblePlans();
        return Templates.form(plans.isEmpty() ? "" : plans.get(0).region(), null, null, imports.maxBytes(), me(rc));
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response preview(@RestForm(FormTokens.FIELD) String token, @CookieParam(FormTokens.COOKIE) String cookie,
            @RestForm("region") String region, @RestForm("planTitle") String planTitle, @RestForm("year") String year,
            @RestForm("file") FileUpload file, RoutingContext rc) throws IOException {
        tokens.verify(token, cookie);
        try {
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                return formAgain(region, "请选择要导入的文件。", null, rc);
            }
            if (file.size() > imports.maxBytes()) {
                return formAgain(region, "文件过大：上限为 " + imports.maxBytes() / 1024 / 1024 + " MiB。", null, rc);
            }
            Integer planYear = year == null || year.isBlank() ? null : parseYear(year);
            String type = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType();
            var command = new ImportCommand(region, blankToNull(planTitle), planYear, true, type, file.fileName(),
                    Files.readAllBytes(file.uploadedFile()));
            ImportPreview preview = imports.preview(command);
            String id = pending.keep(identity.getPrincipal().getName(), new ImportCommand(command.region(),
                    command.planTitle(), command.year(), false, command.mediaType(), command.sourceName(),
                    command.document()));
            return html(200, Templates.preview(preview, rows(preview), file.fileName(), id, me(rc)));
        } catch (ProblemException e) {
            return formAgain(region, e.getMessage(), e.violations(), rc);
        }
    }

    @POST
    @Path("commit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response commit(@RestForm(FormTokens.FIELD) String token, @CookieParam(FormTokens.COOKIE) String cookie,
            @RestForm("pending") String pendingId, RoutingContext rc) {
        tokens.verify(token, cookie);
        var command = pending.take(identity.getPrincipal().getName(), pendingId);
        if (command.isEmpty()) {
            return formAgain(null, "预览已过期或已导入，请重新上传文件。", null, rc);
        }
        try {
            ImportResult result = imports.commit(command.get());
            return html(201, Templates.result(result, supervision.plan(result.planId()), me(rc)));
        } catch (ProblemException e) {
            return formAgain(command.get().region(), e.getMessage(), e.violations(), rc);
        }
    }

    static List<PreviewRow> rows(ImportPreview preview) {
        List<PreviewRow> rows = new ArrayList<>();
        for (ImportPreview.PreviewTask task : preview.tasks()) {
            List<PreviewIndicatorRow> indicators = new ArrayList<>();
            for (ImportPreview.PreviewIndicator indicator : task.indicators()) {
                var target = indicator.target();
                List<Highlight.Piece> targetPieces = target == null
                        ? Highlight.numbers(indicator.sourceText(), List.of())
                        : Highlight.numbers(target.sourceText() != null ? target.sourceText() : indicator.sourceText(),
                                List.of(target.value()));
                List<List<Highlight.Piece>> actuals = indicator.measurements().stream()
                        .map(m -> Highlight.numbers(m.sourceText(), List.<BigDecimal>of(m.value()))).toList();
                indicators.add(new PreviewIndicatorRow(indicator, targetPieces, actuals));
            }
            rows.add(new PreviewRow(task, List.copyOf(indicators)));
        }
        return List.copyOf(rows);
    }

    private Response formAgain(String region, String error, List<Violation> violations, RoutingContext rc) {
        return html(400, Templates.form(region == null ? "" : region, error, violations, imports.maxBytes(), me(rc)));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private Visitor me(RoutingContext rc) {
        return Visitor.of(identity, tokens.issue(rc));
    }

    private static Integer parseYear(String year) {
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw new org.duban.common.InvalidRequestException("year", "must be a year like 2023");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Not signed in: to the sign-in page, which comes back here afterwards. */
    @ServerExceptionMapper
    public Response signInFirst(UnauthorizedException e, RoutingContext rc) {
        rc.response().addCookie(Cookie.cookie(locationCookie, rc.request().absoluteURI()).setPath("/")
                .setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
        return Response.seeOther(URI.create("/login")).build();
    }

    /** A session whose account was disabled since: signed out, to the sign-in page. */
    @ServerExceptionMapper
    public Response staleSession(AuthenticationFailedException e, RoutingContext rc) {
        if (staleSession.applies(rc)) {
            return staleSession.signOutAndGo(rc, "/login");
        }
        return html(401, PageResource.Templates.problem(401, "无法登录", "用户名或密码错误。",
                Visitor.of(null, tokens.issue(rc))));
    }

    @ServerExceptionMapper
    public Response notAnEditor(ForbiddenException e, RoutingContext rc) {
        return html(403, PageResource.Templates.problem(403, "无权导入", "导入需要编辑（editor）或管理员角色。",
                Visitor.of(identity, tokens.issue(rc))));
    }

    @ServerExceptionMapper
    public Response refused(FormTokens.RefusedException e, RoutingContext rc) {
        return html(403, PageResource.Templates.problem(403, "表单已失效", "表单已过期或来源不明，请刷新页面后重试。",
                Visitor.of(identity, tokens.issue(rc))));
    }
}
