package org.duban.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.web.Route;
import io.quarkus.vertx.web.Route.HttpMethod;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The import page, for editors: upload a completion table, read the dry-run preview (tasks, units, the numbers
 * highlighted in the phrases they were read from, warnings), then commit it. Both steps call the
 * {@link ImportService} that {@code POST /api/v1/imports} calls, so the preview is the API's dry run. Anonymous
 * visitors are sent to sign in and back; other roles get a 403 page.
 */
@ApplicationScoped
public class ImportRoutes {

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

    public ImportRoutes(ImportService imports, PendingImports pending, SupervisionService supervision,
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

    @Route(path = "/import", methods = {HttpMethod.GET, HttpMethod.HEAD})
    @Blocking
    void form(RoutingContext rc) {
        if (!editor(rc)) {
            return;
        }
        List<PlanResponse> plans = supervision.visiblePlans();
        Pages.html(rc, 200, Templates.form(plans.isEmpty() ? "" : plans.get(0).region(), null, null,
                imports.maxBytes(), me(rc)));
    }

    @Route(path = "/import/preview", methods = HttpMethod.POST, consumes = "multipart/form-data")
    @Blocking
    void preview(RoutingContext rc) {
        try {
            if (!editor(rc) || !tokenMatches(rc)) {
                return;
            }
            String region = rc.request().getFormAttribute("region");
            FileUpload file = rc.fileUploads().stream().filter(f -> "file".equals(f.name())).findFirst().orElse(null);
            try {
                if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                    formAgain(rc, region, "请选择要导入的文件。", null);
                    return;
                }
                if (file.size() > imports.maxBytes()) {
                    formAgain(rc, region, "文件过大：上限为 " + imports.maxBytes() / 1024 / 1024 + " MiB。", null);
                    return;
                }
                String year = rc.request().getFormAttribute("year");
                Integer planYear = year == null || year.isBlank() ? null : parseYear(year);
                String type = file.contentType() == null ? "application/octet-stream" : file.contentType();
                var command = new ImportCommand(region, blankToNull(rc.request().getFormAttribute("planTitle")),
                        planYear, true, type, file.fileName(), read(file));
                ImportPreview preview = imports.preview(command);
                // Kept as previewed; the commit runs it for real (PendingImport.command()).
                String id = pending.keep(identity.getPrincipal().getName(), command);
                Pages.html(rc, 200, Templates.preview(preview, rows(preview), file.fileName(), id, me(rc)));
            } catch (ProblemException e) {
                formAgain(rc, region, e.getMessage(), e.violations());
            }
        } finally {
            // The body handler leaves uploads on disk; the document was read into memory above.
            rc.fileUploads().forEach(f -> rc.vertx().fileSystem().delete(f.uploadedFileName()));
        }
    }

    @Route(path = "/import/commit", methods = HttpMethod.POST, consumes = "application/x-www-form-urlencoded")
    @Blocking
    void commit(RoutingContext rc) {
        if (!editor(rc) || !tokenMatches(rc)) {
            return;
        }
        var command = pending.take(identity.getPrincipal().getName(), rc.request().getFormAttribute("pending"));
        if (command.isEmpty()) {
            formAgain(rc, null, "预览已过期或已导入，请重新上传文件。", null);
            return;
        }
        try {
            ImportResult result = imports.commit(command.get());
            Pages.html(rc, 201, Templates.result(result, supervision.plan(result.planId()), me(rc)));
        } catch (ProblemException e) {
            formAgain(rc, command.get().region(), e.getMessage(), e.violations());
        }
    }

    /**
     * True for an editor; otherwise answers: not signed in, to the sign-in page, which comes back here afterwards; a
     * session whose account was disabled since, signed out and to the sign-in page; bad Basic credentials, 401; another
     * role, 403.
     */
    private boolean editor(RoutingContext rc) {
        Pages.answerAuthenticationFailures(rc);
        boolean anonymous;
        try {
            anonymous = identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            if (staleSession.applies(rc)) {
                staleSession.signOutAndGo(rc, "/login");
            } else {
                Pages.html(rc, 401, PageRoutes.Templates.problem(401, "无法登录", "用户名或密码错误。",
                        Visitor.of(null, tokens.issue(rc))));
            }
            return false;
        }
        if (anonymous) {
            rc.response().addCookie(Cookie.cookie(locationCookie, rc.request().absoluteURI()).setPath("/")
                    .setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
            Pages.seeOther(rc, "/login");
            return false;
        }
        if (!identity.hasRole(Roles.EDITOR)) {
            Pages.html(rc, 403, PageRoutes.Templates.problem(403, "无权导入", "导入需要编辑（editor）或管理员角色。", me(rc)));
            return false;
        }
        return true;
    }

    /** True when the form's CSRF token matches its cookie; otherwise answers 403. */
    private boolean tokenMatches(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(FormTokens.COOKIE);
        try {
            tokens.verify(rc.request().getFormAttribute(FormTokens.FIELD), cookie == null ? null : cookie.getValue());
            return true;
        } catch (FormTokens.RefusedException e) {
            Pages.html(rc, 403, PageRoutes.Templates.problem(403, "表单已失效", "表单已过期或来源不明，请刷新页面后重试。",
                    me(rc)));
            return false;
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

    private void formAgain(RoutingContext rc, String region, String error, List<Violation> violations) {
        Pages.html(rc, 400, Templates.form(region == null ? "" : region, error, violations, imports.maxBytes(), me(rc)));
    }

    private Visitor me(RoutingContext rc) {
        return Visitor.of(identity, tokens.issue(rc));
    }

    private static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(Path.of(file.uploadedFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
