package org.duban.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.duban.common.DatePeriod;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasurementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /indicators/{id}/measurements. */
@Schema(name = "MeasurementRequest", description = "An actual value of an indicator for a period")
public record MeasurementRequest(
        @NotNull @Digits(integer = 28, fraction = 10) @Schema(description = "Value, exact", examples = "51.5")
        BigDecimal value,
        @NotBlank @Size(max = 30)
        @Schema(description = "Unit as written; must convert to the target's unit", examples = "亿元") String unit,
        @Schema(description = "How the source qualified the value: GTE for 以上, GT for 超", nullable = true)
        Comparator qualifier,
        @NotNull @Valid @Schema(description = "Period the value covers") DatePeriod period,
        @NotNull @Schema(description = "ESTIMATED (预计), PRELIMINARY or FINAL", examples = "FINAL")
        MeasurementStatus status,
        @Size(max = 2000) @Schema(description = "The phrase the value was read from", examples = "1-11月,全市完成减负51.5亿元")
        String sourceText,
        @Schema(description = "When it was reported (UTC); now when omitted", examples = "2023-12-05T02:00:00Z")
        Instant reportedAt) {
}
