package org.duban.reporting;

import java.math.BigDecimal;
import java.util.Map;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.duban.common.PageSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One lead unit's share of a plan: the plan summary's counts over the tasks it leads or co-leads. */
@Schema(name = "PlanUnitSummary", description = "A lead unit's tasks and indicators within a plan")
public record PlanUnitSummary(
        @Schema(description = "Unit id", examples = "1") long unitId,
        @Schema(description = "Unit name", examples = "市经信局") String name,
        @Schema(description = "Tasks where the unit is the first lead unit (LEAD)", examples = "12") long tasksLed,
        @Schema(description = "Tasks where the unit is another lead unit (CO_LEAD)", examples = "0") long tasksCoLed,
        @Schema(description = "Its led and co-led tasks per effective light",
                examples = "{\"GREEN\":6,\"YELLOW\":2,\"RED\":0,\"GREY\":4}") Map<Light, Long> tasksByLight,
        @Schema(description = "Indicators of its led and co-led tasks per effective verdict",
                examples = "{\"MET\":1,\"EXCEEDED\":3,\"LIKELY_MET\":0,\"LIKELY_NOT_MET\":0,\"ON_TRACK\":0,"
                        + "\"AT_RISK\":0,\"OFF_TRACK\":0,\"NOT_MET\":0,\"NO_DATA\":1,\"NOT_ASSESSABLE\":0}")
        Map<Verdict, Long> indicatorsByVerdict,
        @Schema(nullable = true,
                description = "shareMet over the indicators of its led and co-led tasks; null when none is judged",
                examples = "0.8") BigDecimal shareMet) {

    /** The OpenAPI shape of a page of lead units' summaries. */
    @Schema(name = "PlanUnitSummaryPage", description = "A page of a plan's lead units with their tasks and indicators")
    public static final class Page extends PageSchema<PlanUnitSummary> {
    }
}
