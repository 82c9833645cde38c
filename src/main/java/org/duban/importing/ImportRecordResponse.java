package org.duban.importing;

import org.duban.common.PageSchema;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import as recorded: the document's identity and what the import did. */
@Schema(name = "Import", description = "A committed import: which document went into which plan, and what it did")
public record ImportRecordResponse(
        @Schema(description = "Identifier", examples = "1") long id,
        @Schema(description = "Region", examples = "舟山市") String region,
        @Schema(nullable = true,
                description = "Plan id; null when the plan was deleted since", examples = "1") Long planId,
        @Schema(nullable = true,
                description = "File name of the document, if given", examples = "2023年市政府工作报告完成情况表.txt")
        String sourceName,
        @Schema(description = "Media type of the document", examples = "text/plain") String mediaType,
        @Schema(description = "SHA-256 of the document's bytes, hex",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "Size of the document in bytes", examples = "9421") long byteSize,
        @Schema(description = "Rows created") ImportCounts created,
        @Schema(description = "Rows changed") ImportCounts updated,
        @Schema(description = "What a person should check") List<ImportWarning> warnings,
        @Schema(description = "When it was imported (UTC)", examples = "2024-01-19T01:17:00Z") Instant importedAt) {

    /** The OpenAPI shape of a page of import records. */
    @Schema(name = "ImportPage", description = "A page of import records")
    public static final class Page extends PageSchema<ImportRecordResponse> {
    }
    static ImportRecordResponse of(ImportRecord r, ObjectMapper json) {
        List<ImportWarning> warnings;
        try {
            warnings = r.warnings == null ? List.of() : json.readValue(r.warnings, new TypeReference<>() {
            });
        } catch (java.io.IOException e) {
            warnings = List.of();
        }
        return new ImportRecordResponse(r.id, r.region, r.planId, r.sourceName, r.mediaType, r.sha256, r.byteSize,
                new ImportCounts(r.createdPlans, r.createdTasks, r.createdUnits, r.createdIndicators,
                        r.createdMeasurements, r.createdProgressReports),
                new ImportCounts(r.updatedPlans, r.updatedTasks, 0, r.updatedIndicators, r.updatedMeasurements, 0),
                warnings, r.importedAt);
    }
}
