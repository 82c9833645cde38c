package org.duban.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /tasks/{id}/indicators and PUT /indicators/{id}. */
@Schema(name = "IndicatorRequest", description = "An indicator to create or replace")
public record IndicatorRequest(
        @NotBlank @Size(max = 200) @Schema(description = "Name as written", examples = "工业投资") String name,
        @NotNull @Schema(description = "What it measures", examples = "LEVEL") MeasureKind kind,
        @Schema(description = "CUMULATIVE (flows, pro-rated over partial periods) or POINT_IN_TIME (rates, shares, "
                + "stocks); CUMULATIVE for LEVEL and COUNT, POINT_IN_TIME otherwise when omitted",
                examples = "CUMULATIVE") Accumulation accumulation,
        @Schema(description = "ASCENDING (more is better) or DESCENDING; ASCENDING when omitted",
                examples = "ASCENDING") Direction direction,
        @Schema(description = "FIRM (确保) or STRETCH (力争); FIRM when omitted", examples = "FIRM")
        Commitment commitment,
        @Valid @Schema(description = "The target; omit it for a milestone or an indicator tracked without one")
        TargetRequest target,
        @Size(max = 2000) @Schema(description = "The phrase the indicator was read from", examples = "实现工业投资 500 亿元以上")
        String sourceText) {
}
