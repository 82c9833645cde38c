package org.duban.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many rows of each kind an import created or updated. */
@Schema(name = "ImportCounts", description = "Rows of each kind an import created or updated")
public record ImportCounts(
        @Schema(description = "Plans", examples = "1") int plans,
        @Schema(description = "Tasks", examples = "12") int tasks,
        @Schema(description = "Units (created only)", examples = "22") int units,
        @Schema(description = "Indicators", examples = "10") int indicators,
        @Schema(description = "Measurements", examples = "8") int measurements,
        @Schema(description = "Progress reports (created only)", examples = "12") int progressReports) {

    /** Mutable tally used while an import runs. */
    static final class Tally {
        int plans;
        int tasks;
        int units;
        int indicators;
        int measurements;
        int progressReports;

        ImportCounts freeze() {
            return new ImportCounts(plans, tasks, units, indicators, measurements, progressReports);
        }
    }
}
