package org.duban.indicator;

import org.duban.common.PageSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.duban.assessment.Assessment;
import org.duban.assessment.AssessmentRules;
import org.duban.assessment.MeasurementFacts;
import org.duban.assessment.Verdict;
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
        @Schema(nullable = true, description = "The target, null when tracked without one") Target target,
        @Schema(nullable = true,
                description = "The measurement that counts: latest period end, then FINAL over PRELIMINARY over "
                + "ESTIMATED, then latest reported; null when none") MeasurementResponse latestMeasurement,
        @Schema(description = "The computed assessment from the target and all measurements; kept as computed even "
                + "when a person has recorded a verdict") AssessmentResult assessment,
        @Schema(nullable = true,
                description = "A person's verdict for an indicator the rules cannot judge (MILESTONE, RANK, no target); "
                + "null when none. It counts only while the computed verdict is NOT_ASSESSABLE")
        ManualVerdict manualVerdict,
        @Schema(description = "The verdict that counts for lights and roll-ups: manualVerdict.verdict while the "
                + "computed verdict is NOT_ASSESSABLE, else assessment.verdict", examples = "MET")
        Verdict effectiveVerdict,
        @Schema(nullable = true,
                description = "The phrase the indicator was read from", examples = "实现工业投资 500 亿元以上") String sourceText,
        @Schema(description = "Optimistic-locking version", examples = "0") int version,
        @Schema(description = "When it was created (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt,
        @Schema(description = "When it last changed (UTC)", examples = "2024-01-19T01:17:00Z") Instant updatedAt) {

    /** The OpenAPI shape of a page of indicators. */
    @Schema(name = "IndicatorPage", description = "A page of indicators")
    public static final class Page extends PageSchema<IndicatorResponse> {
    }
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

    /** The computed judgement of the indicator (docs/domain.md, "Assessment rules"). */
    @Schema(name = "Assessment", description = "The verdict the rules give an indicator, with the numbers behind it")
    public record AssessmentResult(
            @Schema(description = "The computed verdict", examples = "MET") Verdict verdict,
            @Schema(nullable = true,
                    description = "Actual ÷ full target (target ÷ actual when DESCENDING), 4 decimals at most; null "
                    + "when the target is ≤ 0 or there is no comparable actual", examples = "1.03") BigDecimal ratio,
            @Schema(nullable = true,
                    description = "The pro-rata target (序时进度) in the target's unit, for partial periods of "
                    + "CUMULATIVE indicators; null otherwise", examples = "45.8333") BigDecimal expectedByNow,
            @Schema(nullable = true,
                    description = "The measurement the verdict is based on; null when none", examples = "12")
            Long basedOnMeasurementId,
            @Schema(description = "Code of the rule applied: NOT_ASSESSABLE_KIND, NO_TARGET, NO_MEASUREMENT, "
                    + "UNIT_MISMATCH, WHOLE_PERIOD, PARTIAL_CUMULATIVE or PARTIAL_POINT_IN_TIME",
                    examples = "PARTIAL_CUMULATIVE") String rule,
            @Schema(description = "One Chinese sentence with the rule, the numbers and the units",
                    examples = "1-11月完成51.5亿元，已达全年目标50亿元的103%") String explanation) {

        static AssessmentResult of(Assessment a) {
            return new AssessmentResult(a.verdict(), Decimals.normalize(a.ratio()),
                    Decimals.normalize(a.expectedByNow()), a.basedOnMeasurementId(), a.rule(), a.explanation());
        }
    }

    /** A person's verdict with why, who and when. */
    @Schema(name = "ManualVerdict", description = "A person's verdict for an indicator the rules cannot judge")
    public record ManualVerdict(
            @Schema(description = "The verdict recorded", examples = "MET") Verdict verdict,
            @Schema(description = "Why", examples = "舟山市已获评全国千兆城市") String reason,
            @Schema(description = "Who recorded it: the signed-in caller (a username, or an API key's name)",
                    examples = "市经信局") String setBy,
            @Schema(description = "When it was recorded (UTC)", examples = "2024-01-10T02:00:00Z") Instant setAt) {
    }

    /** The response of an indicator with all its measurements; the rules pick the one shown and judge it. */
    static IndicatorResponse of(Indicator i, List<Measurement> measurements) {
        List<MeasurementFacts> facts = measurements.stream().map(IndicatorAssessor::facts).toList();
        Assessment assessment = IndicatorAssessor.assess(IndicatorAssessor.facts(i), facts);
        Measurement latest = AssessmentRules.decisive(facts)
                .flatMap(d -> measurements.stream().filter(m -> m.id.equals(d.id())).findFirst()).orElse(null);

        Target target = null;
        if (i.hasTarget()) {
            BigDecimal value = Decimals.normalize(i.targetValue);
            target = new Target(i.targetComparator, value, i.targetUnit, UnitOfMeasure.of(i.targetUnit).toBase(value),
                    DatePeriod.of(i.targetPeriodFrom, i.targetPeriodTo, i.targetPeriodLabel));
        }
        ManualVerdict manual = i.manualVerdict == null ? null : new ManualVerdict(i.manualVerdict,
                i.manualVerdictReason, i.manualVerdictSetBy, i.manualVerdictSetAt);
        return new IndicatorResponse(i.id, i.task.id, i.name, i.kind, i.accumulation, i.direction, i.commitment, target,
                latest == null ? null : MeasurementResponse.of(latest), AssessmentResult.of(assessment), manual,
                IndicatorAssessor.effective(assessment.verdict(), i.manualVerdict), i.sourceText, i.version,
                i.createdAt, i.updatedAt);
    }

    IndicatorRequest toRequest() {
        TargetRequest t = target == null ? null
                : new TargetRequest(target.comparator(), target.value(), target.unit(), target.period());
        return new IndicatorRequest(name, kind, accumulation, direction, commitment, t, sourceText);
    }
}
