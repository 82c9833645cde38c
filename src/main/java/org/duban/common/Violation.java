package org.duban.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: the JSON path as the client wrote it and what is wrong with it. */
@Schema(description = "An invalid field of the request")
public record Violation(
        @Schema(description = "JSON path of the field", examples = "units[0].role") String field,
        @Schema(description = "What is wrong with it", examples = "must not be blank") String message) {
}
