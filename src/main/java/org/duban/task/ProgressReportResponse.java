package org.duban.task;

import org.duban.common.PageSchema;
import java.time.Instant;
import org.duban.common.DatePeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress report as the API returns it. */
@Schema(name = "ProgressReport", description = "A dated narrative of what was done on a task")
public record ProgressReportResponse(
        @Schema(description = "Identifier", examples = "1") long id,
        @Schema(description = "Task id", examples = "8") long taskId,
        @Schema(description = "Period the report covers") DatePeriod period,
        @Schema(description = "What was done", examples = "1-11月,全市完成减负51.5亿元。") String narrative,
        @Schema(description = "When it was reported (UTC)", examples = "2024-01-19T01:17:00Z") Instant reportedAt) {

    /** The OpenAPI shape of a page of progress reports. */
    @Schema(name = "ProgressReportPage", description = "A page of progress reports")
    public static final class Page extends PageSchema<ProgressReportResponse> {
    }
    static ProgressReportResponse of(ProgressReport report) {
        return new ProgressReportResponse(report.id, report.task.id,
                DatePeriod.of(report.periodFrom, report.periodTo, report.periodLabel), report.narrative,
                report.reportedAt);
    }
}
