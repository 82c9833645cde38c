package org.duban.config;

import jakarta.ws.rs.core.Application;
import org.duban.common.Problem;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's OpenAPI header; the shared Problem schema is declared here for the filter that references it. */
@OpenAPIDefinition(
        info = @Info(title = "Duban API", version = "1.0",
                description = "督办 Duban tracks a government's work-report commitments: plans, tasks, the units that "
                        + "lead them, and the indicators whose targets are set against actual values during the year. "
                        + "Errors are application/problem+json (RFC 9457); collections are paged; every GET has an ETag.",
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {@Tag(name = "Plans"), @Tag(name = "Tasks"), @Tag(name = "Indicators"), @Tag(name = "Measurements"),
                @Tag(name = "Units"), @Tag(name = "Reports")},
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class DubanApplication extends Application {
}
