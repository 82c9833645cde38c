package org.duban.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the shape of every 4xx and 5xx response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", examples = "https://duban.dev/problems/validation")
        URI type,
        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "Explanation of this occurrence", examples = "2 fields are invalid") String detail,
        @Schema(description = "The request path this problem occurred on (a URI reference)", format = "uri-reference",
                examples = "/api/v1/tasks") URI instance,
        @Schema(description = "Invalid fields, for validation problems") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://duban.dev/problems/";

    /** A problem without violations, its type named by a slug ("shutting-down" → https://duban.dev/problems/shutting-down). */
    public static Problem of(int status, String type, String title, String detail, URI instance) {
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, instance, null);
    }
}
