package org.duban.reporting;

import org.duban.common.PageSchema;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead unit's place in the ranking of a plan. */
@Schema(name = "UnitRankingEntry", description = "A lead unit's place among the lead units of a plan")
public record UnitRankingEntry(
        @Schema(description = "Rank, 1 first; units equal on shareMet, red and yellow tasks share a rank and the next "
                + "rank skips (1, 2, 2, 4)", examples = "1") int rank,
        @Schema(description = "Unit id", examples = "1") long unitId,
        @Schema(description = "Unit name", examples = "市经信局") String name,
        @Schema(nullable = true,
                description = "shareMet over the indicators of its led and co-led tasks; null (ranked last) when none "
                + "is judged",
                examples = "0.5") BigDecimal shareMet,
        @Schema(description = "Indicators MET or EXCEEDED", examples = "4") long metIndicators,
        @Schema(description = "Indicators with a verdict other than NO_DATA and NOT_ASSESSABLE", examples = "8")
        long assessedIndicators,
        @Schema(description = "Led and co-led tasks whose effective light is RED", examples = "0") long redTasks,
        @Schema(description = "Led and co-led tasks whose effective light is YELLOW", examples = "2") long yellowTasks,
        @Schema(description = "Tasks where the unit is the first lead unit (LEAD)", examples = "12") long tasksLed,
        @Schema(description = "Tasks where the unit is another lead unit (CO_LEAD)", examples = "0") long tasksCoLed) {

    /** The OpenAPI shape of a page of ranked lead units. */
    @Schema(name = "UnitRankingEntryPage", description = "A page of ranked lead units")
    public static final class Page extends PageSchema<UnitRankingEntry> {
    }
}
