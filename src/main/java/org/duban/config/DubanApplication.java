package org.duban.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.duban.common.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API, every resource under {@code /api/v1} (the pages of {@code org.duban.web} are Vert.x routes outside
 * it), and its OpenAPI header; the shared Problem schema is declared here for the filter that references it, and the two
 * ways of signing in, so that Swagger UI's Authorize button offers them.
 */
@OpenAPIDefinition(
        info = @Info(title = "Duban API", version = "1.0",
                description = "督办 Duban tracks a government's work-report commitments: plans, tasks, the units that "
                        + "lead them, and the indicators whose targets are set against actual values during the year. "
                        + "Errors are application/problem+json (RFC 9457); collections are paged; every GET has an ETag. "
                        + "Anonymous callers read PUBLIC plans and what hangs on them; everything else needs HTTP Basic "
                        + "or a Bearer API key (dbn_…) or OIDC token with a role: viewer, reporter, editor or admin.",
                contact = @Contact(name = "Duban", url = "https://duban.dev"),
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {@Tag(name = "Plans"), @Tag(name = "Tasks"), @Tag(name = "Indicators"), @Tag(name = "Measurements"),
                @Tag(name = "Units"), @Tag(name = "Reports"), @Tag(name = "Imports"), @Tag(name = "Audit"),
                @Tag(name = "Accounts"), @Tag(name = "API keys")},
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class),
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                                description = "An account's username and password"),
                        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                                description = "An API key (dbn_…) or, when configured, an OIDC access token")}))
@ApplicationPath("/api/v1")
public class DubanApplication extends Application {
}
