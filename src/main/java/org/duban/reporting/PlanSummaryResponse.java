package org.duban.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.duban.task.TaskStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The roll-up of a plan: its tasks by status and light and its indicators by verdict. Its size does not grow with the
 * plan: the same per lead unit is a paged collection of its own ({@link PlanUnitSummary}).
 */
@Schema(name = "PlanSummary", description = "A plan's tasks by status and light and its indicators by verdict; every "
        + "count map has a key for every value, zeros included")
public record PlanSummaryResponse(
        @Schema(description = "Plan id", examples = "1") long planId,
        @Schema(description = "Plan title", examples = "2023年市政府工作报告完成情况表") String title,
        @Schema(description = "The date lights are computed for", examples = "2024-01-19") LocalDate asOf,
        @Schema(description = "Number of tasks", examples = "12") long totalTasks,
        @Schema(description = "Tasks per status", examples = "{\"NOT_STARTED\":0,\"IN_PROGRESS\":3,\"COMPLETED\":9,"
                + "\"DELAYED\":0,\"CANCELLED\":0}") Map<TaskStatus, Long> tasksByStatus,
        @Schema(description = "Tasks per effective light (the editor's override where there is one)",
                examples = "{\"GREEN\":6,\"YELLOW\":2,\"RED\":0,\"GREY\":4}") Map<Light, Long> tasksByLight,
        @Schema(description = "Number of indicators", examples = "10") long totalIndicators,
        @Schema(description = "Indicators per effective verdict (a person's verdict where the rules cannot judge)",
                examples = "{\"MET\":1,\"EXCEEDED\":3,\"LIKELY_MET\":3,\"LIKELY_NOT_MET\":0,\"ON_TRACK\":1,"
                        + "\"AT_RISK\":0,\"OFF_TRACK\":0,\"NOT_MET\":0,\"NO_DATA\":2,\"NOT_ASSESSABLE\":0}")
        Map<Verdict, Long> indicatorsByVerdict,
        @Schema(nullable = true,
                description = "(MET + EXCEEDED) ÷ indicators with a verdict other than NO_DATA and NOT_ASSESSABLE, "
                + "4 decimals at most; LIKELY_MET is in the divisor only. Null when no indicator is judged",
                examples = "0.5") BigDecimal shareMet,
        @Schema(description = "Number of lead units (牵头单位: LEAD or CO_LEAD of at least one task); each one's "
                + "share is listed, a page at a time, by GET /plans/{id}/units", examples = "5") long leadUnits) {
}
