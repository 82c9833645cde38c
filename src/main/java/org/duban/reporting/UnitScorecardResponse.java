package org.duban.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One unit's record within a plan. */
@Schema(name = "UnitScorecard", description = "A unit's tasks and indicators within a plan; lights and verdicts "
        + "count the tasks it leads (LEAD or CO_LEAD), every value a key, zeros included")
public record UnitScorecardResponse(
        @Schema(description = "Unit id", examples = "1") long unitId,
        @Schema(description = "Unit name", examples = "市经信局") String name,
        @Schema(description = "Plan id", examples = "1") long planId,
        @Schema(description = "The date lights are computed for", examples = "2024-01-19") LocalDate asOf,
        @Schema(description = "Tasks where the unit is the first lead unit (LEAD)", examples = "12") long tasksLed,
        @Schema(description = "Tasks where the unit is another lead unit (CO_LEAD)", examples = "0") long tasksCoLed,
        @Schema(description = "Tasks where the unit is a supporting unit (配合单位)", examples = "0")
        long tasksSupporting,
        @Schema(description = "Its led and co-led tasks per effective light",
                examples = "{\"GREEN\":6,\"YELLOW\":2,\"RED\":0,\"GREY\":4}") Map<Light, Long> tasksByLight,
        @Schema(description = "Indicators of its led and co-led tasks per effective verdict")
        Map<Verdict, Long> indicatorsByVerdict,
        @Schema(nullable = true,
                description = "shareMet over those indicators; null when none is judged", examples = "0.5")
        BigDecimal shareMet) {
}
