package org.duban.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.duban.common.DatePeriod;
import org.duban.quantity.Comparator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The target of an indicator as a client writes it. */
@Schema(name = "TargetRequest", description = "What the indicator must reach: comparator, value, unit and period")
public record TargetRequest(
        @NotNull @Schema(description = "GTE (以上/不低于), GT (超过/突破), LTE (以内/控制在), LT (低于), APPROX (左右, ±5 %)",
                examples = "GTE") Comparator comparator,
        @NotNull @Digits(integer = 28, fraction = 10) @Schema(description = "Target value, exact", examples = "500")
        BigDecimal value,
        @NotBlank @Size(max = 30) @Schema(description = "Unit of measure as written", examples = "亿元") String unit,
        @Valid @Schema(description = "Period the target covers; the plan's year when omitted") DatePeriod period) {
}
