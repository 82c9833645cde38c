package org.duban.task;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.duban.common.DatePeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /tasks/{id}/progress-reports. */
@Schema(name = "ProgressReportRequest", description = "A narrative of what was done on a task in a period")
public record ProgressReportRequest(
        @NotNull @Valid @Schema(description = "Period the report covers") DatePeriod period,
        @NotBlank @Size(max = 8000)
        @Schema(description = "What was done", examples = "1-11月,全市完成减负51.5亿元。") String narrative,
        @Schema(description = "When it was reported (UTC); now when omitted", examples = "2023-12-05T02:00:00Z")
        Instant reportedAt) {
}
