package org.duban.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import org.duban.common.DatePeriod;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Decimals;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.UnitOfMeasure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator as the API returns it, with its target and the measurement that currently counts. */
@Schema(name = "Indicator", description = "A quantitative or milestone commitment of a task")
public record IndicatorResponse(
        @Schema(description = "Identifier", examples = "5") long id,
        @Schema(description = "Task id", examples = "3") long taskId,
        @Schema(description = "Name as written", examples = "工业投资") String name,
        @Schema(description = "What it measures", examples = "LEVEL") MeasureKind kind,
        @Schema(description = "CUMULATIVE or POINT_IN_TIME", examples = "CUMULATIVE") Accumulation accumulation,
        @Schema(description = "ASCENDING or DESCENDING", examples = "ASCENDING") Direction direction,
        @Schema(description = "FIRM (确保) or STRETCH (力争)", examples = "FIRM") Commitment commitment,
        @Schema(description = "The target, null when tracked without one") Target target,
        @Schema(description = "The measurement that counts: latest period end, then FINAL over PRELIMINARY over "
                + "ESTIMATED, then latest reported; null when none") MeasurementResponse latestMeasurement,
        @Schema(description = "The phrase the indicator was read from", examples = "实现工业投资 500 亿元以上") String sourceText,
        @Schema(description = "Optimistic-locking version", examples = "0") int version,
        @Schema(description = "When it was created (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt,
        @Schema(description = "When it last changed (UTC)", examples = "2024-01-19T01:17:00Z") Instant updatedAt) {

    /** A target with its value normalised to the unit family's base. */
    @Schema(name = "Target", description = "What the indicator must reach")
    public record Target(
            @Schema(description = "Comparator", examples = "GTE") Comparator comparator,
            @Schema(description = "Target value as written, exact", examples = "500") BigDecimal value,
            @Schema(description = "Unit as written", examples = "亿元") String unit,
            @Schema(description = "The value in the base unit of its family", examples = "50000000000")
            BigDecimal normalizedValue,
            @Schema(description = "Period the target covers") DatePeriod period) {
    }

    static IndicatorResponse of(Indicator i, Measurement latest) {
        Target target = null;
        if (i.hasTarget()) {
            BigDecimal value = Decimals.normalize(i.targetValue);
            target = new Target(i.targetComparator, value, i.targetUnit, UnitOfMeasure.of(i.targetUnit).toBase(value),
                    DatePeriod.of(i.targetPeriodFrom, i.targetPeriodTo, i.targetPeriodLabel));
        }
        return new IndicatorResponse(i.id, i.task.id, i.name, i.kind, i.accumulation, i.direction, i.commitment, target,
                latest == null ? null : MeasurementResponse.of(latest), i.sourceText, i.version, i.createdAt,
                i.updatedAt);
    }

    IndicatorRequest toRequest() {
        TargetRequest t = target == null ? null
                : new TargetRequest(target.comparator(), target.value(), target.unit(), target.period());
        return new IndicatorRequest(name, kind, accumulation, direction, commitment, t, sourceText);
    }
}
