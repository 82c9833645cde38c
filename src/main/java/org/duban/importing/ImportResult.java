package org.duban.importing;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a committed import. */
@Schema(name = "ImportResult", description = "What a committed import did")
public record ImportResult(
        @Schema(description = "Id of the import record", examples = "1") long importId,
        @Schema(description = "Id of the plan imported into", examples = "1") long planId,
        @Schema(description = "Rows created") ImportCounts created,
        @Schema(description = "Rows changed") ImportCounts updated,
        @Schema(description = "What a person should check") List<ImportWarning> warnings) {
}
