package org.duban.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Comparator;
import org.duban.quantity.Decimals;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.Period;
import org.duban.quantity.UnitOfMeasure;

/**
 * Judges one indicator from its target and its measurements (docs/domain.md, "Assessment rules"); never reads the clock.
 *
 * <p>The first row that applies decides:
 * <table>
 * <caption>Assessment rules</caption>
 * <tr><th>#</th><th>when</th><th>verdict</th><th>rule</th></tr>
 * <tr><td>1</td><td>kind is MILESTONE or RANK</td><td>NOT_ASSESSABLE</td><td>NOT_ASSESSABLE_KIND</td></tr>
 * <tr><td>2</td><td>no target value</td><td>NOT_ASSESSABLE</td><td>NO_TARGET</td></tr>
 * <tr><td>3</td><td>no measurement whose period overlaps the target period</td><td>NO_DATA</td>
 *     <td>NO_MEASUREMENT</td></tr>
 * <tr><td>4</td><td>the decisive measurement's unit does not convert to the target's (亿元 vs 家, % vs 个百分点)</td>
 *     <td>NOT_ASSESSABLE</td><td>UNIT_MISMATCH</td></tr>
 * <tr><td>5</td><td>whole period (the measurement ends on or after the target period's end), <i>meets</i></td>
 *     <td>ESTIMATED → LIKELY_MET; else ratio ≥ 1.05 → EXCEEDED (never for APPROX); else MET</td>
 *     <td>WHOLE_PERIOD</td></tr>
 * <tr><td>6</td><td>whole period, misses</td><td>ESTIMATED → LIKELY_NOT_MET; else NOT_MET</td>
 *     <td>WHOLE_PERIOD</td></tr>
 * <tr><td>7</td><td>partial period, CUMULATIVE, GTE/GT target already <i>met</i> in full</td>
 *     <td>ESTIMATED → LIKELY_MET; else MET</td><td>PARTIAL_CUMULATIVE</td></tr>
 * <tr><td>8</td><td>partial period, CUMULATIVE, LTE/LT cap already broken in full</td><td>OFF_TRACK</td>
 *     <td>PARTIAL_CUMULATIVE</td></tr>
 * <tr><td>9</td><td>partial period, CUMULATIVE, against bar = target × covered fraction</td>
 *     <td><i>meets</i> → ON_TRACK; <i>near</i> → AT_RISK; else OFF_TRACK</td><td>PARTIAL_CUMULATIVE</td></tr>
 * <tr><td>10</td><td>partial period, POINT_IN_TIME, against the full target</td>
 *     <td><i>meets</i> → ON_TRACK; <i>near</i> → AT_RISK; else OFF_TRACK</td><td>PARTIAL_POINT_IN_TIME</td></tr>
 * </table>
 *
 * <p>Definitions:
 * <ul>
 * <li><b>decisive measurement</b> ({@link #decisive}): among those overlapping the target period, the one whose period
 *     ends latest; same end → FINAL, PRELIMINARY, ESTIMATED; then latest {@code reportedAt} (unknown loses); then
 *     highest id. Measurements lying wholly outside the target period are about another period and are ignored.</li>
 * <li><b>values</b> are signed and compared in the target's unit after exact conversion; a measurement's qualifier
 *     (以上, 超) is shown, never added to the value. A target without comparator reads GTE (ASCENDING) or LTE
 *     (DESCENDING). A decline target "下降3%" is GROWTH_RATE, DESCENDING, LTE −3 %.</li>
 * <li><b>meets</b>: GTE actual ≥ bar; GT &gt;; LTE ≤; LT &lt;; APPROX |actual − bar| ≤ 5 % of |bar|.</li>
 * <li><b>near</b> (AT_RISK, "reaches 90 %"): misses by no more than 10 % of |bar| — GTE/GT actual ≥ bar − 10 %·|bar|
 *     (so 9 % against 10 %); LTE/LT actual ≤ bar + 10 %·|bar|; APPROX |actual − bar| ≤ 10 %·|bar|. A bar of 0 has
 *     no slack.</li>
 * <li><b>ratio</b> = actual ÷ full target (DESCENDING: target ÷ actual), rounded to 4 decimals HALF_UP; null when the
 *     target ≤ 0 or the divisor ≤ 0. EXCEEDED is judged on this rounded ratio, the one shown.</li>
 * <li><b>covered fraction</b> = {@link Period#coveredFraction} of the part of the measurement period inside the target
 *     period (months when both are whole months, else days). <b>expectedByNow</b> = target × fraction in the target's
 *     unit, 4 decimals HALF_UP, for partial periods of CUMULATIVE indicators only.</li>
 * <li>Zero or negative targets ("0起事故", "下降3%") have no ratio and are still judged by their comparator, so they
 *     are MET but never EXCEEDED.</li>
 * </ul>
 */
public final class AssessmentRules {

    public static final String NOT_ASSESSABLE_KIND = "NOT_ASSESSABLE_KIND";
    public static final String NO_TARGET = "NO_TARGET";
    public static final String NO_MEASUREMENT = "NO_MEASUREMENT";
    public static final String UNIT_MISMATCH = "UNIT_MISMATCH";
    public static final String WHOLE_PERIOD = "WHOLE_PERIOD";
    public static final String PARTIAL_CUMULATIVE = "PARTIAL_CUMULATIVE";
    public static final String PARTIAL_POINT_IN_TIME = "PARTIAL_POINT_IN_TIME";

    /** A final ratio at or above this is EXCEEDED rather than MET. */
    static final BigDecimal EXCEEDED_RATIO = new BigDecimal("1.05");
    /** How far short of the bar still counts as AT_RISK: "reaches 90 % of it". */
    static final BigDecimal NEAR_MISS = new BigDecimal("0.10");
    static final int SCALE = 4;

    /** Ties are broken down to the id so that the same facts always give the same decisive measurement. */
    private static final java.util.Comparator<MeasurementFacts> PRECEDENCE =
            java.util.Comparator.comparing((MeasurementFacts m) -> m.period().to())
                    .thenComparingInt(m -> finality(m.status()))
                    .thenComparing(MeasurementFacts::reportedAt,
                            java.util.Comparator.nullsFirst(java.util.Comparator.<Instant>naturalOrder()))
                    .thenComparingLong(MeasurementFacts::id);

    public AssessmentRules() {
    }

    /** The verdict, ratio and explanation of one indicator; see the table above. */
    public Assessment assess(IndicatorFacts indicator, List<MeasurementFacts> measurements) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measurements, "measurements");
        if (indicator.kind() == MeasureKind.MILESTONE || indicator.kind() == MeasureKind.RANK) {
            String what = indicator.kind() == MeasureKind.MILESTONE ? "里程碑类" : "排名类";
            return notAssessable(NOT_ASSESSABLE_KIND, null, what + "指标需人工评定");
        }
        if (!indicator.hasTarget()) {
            return notAssessable(NO_TARGET, null, "未设定量化目标，需人工评定");
        }
        Period targetPeriod = indicator.targetPeriod();
        List<MeasurementFacts> relevant = measurements.stream()
                .filter(m -> overlaps(m.period(), targetPeriod))
                .toList();
        Optional<MeasurementFacts> chosen = decisive(relevant);
        if (chosen.isEmpty()) {
            String text = measurements.isEmpty() ? "暂无完成数据" : "暂无" + Wording.label(targetPeriod) + "的完成数据";
            return new Assessment(Verdict.NO_DATA, null, null, null, NO_MEASUREMENT, text);
        }
        MeasurementFacts measurement = chosen.get();
        Optional<BigDecimal> actual = inUnit(measurement.value(), measurement.unit(), indicator.targetUnit());
        if (actual.isEmpty()) {
            return notAssessable(UNIT_MISMATCH, measurement.id(), "完成值单位“" + orNone(measurement.unit())
                    + "”与目标单位“" + orNone(indicator.targetUnit()) + "”无法换算，需人工评定");
        }
        Case c = new Case(indicator, measurement, actual.get());
        if (!measurement.period().to().isBefore(targetPeriod.to())) {
            return wholePeriod(c);
        }
        return indicator.accumulation() == Accumulation.CUMULATIVE ? partialCumulative(c) : partialPointInTime(c);
    }

    /**
     * The measurement that counts: latest period end, then FINAL over PRELIMINARY over ESTIMATED, then latest
     * reported, then highest id. Does not look at target periods; {@link #assess} filters those first.
     */
    public static Optional<MeasurementFacts> decisive(List<MeasurementFacts> measurements) {
        return measurements.stream().filter(Objects::nonNull).max(PRECEDENCE);
    }

    private static Assessment wholePeriod(Case c) {
        boolean estimated = c.estimated();
        Verdict verdict;
        if (meets(c.comparator(), c.actual(), c.target())) {
            boolean exceeded = c.comparator() != Comparator.APPROX
                    && c.ratio() != null && c.ratio().compareTo(EXCEEDED_RATIO) >= 0;
            verdict = estimated ? Verdict.LIKELY_MET : exceeded ? Verdict.EXCEEDED : Verdict.MET;
        } else {
            verdict = estimated ? Verdict.LIKELY_NOT_MET : Verdict.NOT_MET;
        }
        String verb = switch (verdict) {
            case EXCEEDED -> "超额完成";
            case MET, LIKELY_MET -> "达到";
            default -> c.missVerb();
        };
        String ratioText = c.ratio() == null ? "" : "，完成率" + Wording.percent(c.ratio()) + "%";
        return c.result(verdict, null, WHOLE_PERIOD, c.actualText() + "，" + verb + c.targetText() + ratioText);
    }

    private static Assessment partialCumulative(Case c) {
        Period part = overlap(c.measurement().period(), c.indicator().targetPeriod());
        BigDecimal fraction = part.coveredFraction(c.indicator().targetPeriod());
        BigDecimal bar = c.target().multiply(fraction, MathContext.DECIMAL64);
        BigDecimal expected = Decimals.normalize(bar.setScale(SCALE, RoundingMode.HALF_UP));
        Comparator comparator = c.comparator();
        boolean floor = comparator == Comparator.GTE || comparator == Comparator.GT;
        boolean cap = comparator == Comparator.LTE || comparator == Comparator.LT;
        boolean fullTargetMet = meets(comparator, c.actual(), c.target());
        // A growing flow that has reached a floor stays above it: the year's target is already done.
        if (floor && fullTargetMet) {
            Verdict verdict = c.estimated() ? Verdict.LIKELY_MET : Verdict.MET;
            String share = c.ratio() == null ? "已达到" + c.targetText()
                    : "已达" + c.targetText() + "的" + Wording.percent(c.ratio()) + "%";
            return c.result(verdict, expected, PARTIAL_CUMULATIVE, c.actualText() + "，" + share);
        }
        // A flow that has already broken its cap cannot come back under it, however early in the year.
        if (cap && !fullTargetMet) {
            return c.result(Verdict.OFF_TRACK, expected, PARTIAL_CUMULATIVE,
                    c.actualText() + "，已突破" + c.targetText() + "，进度滞后");
        }
        Verdict verdict = progress(comparator, c.actual(), bar);
        String text = c.actualText() + "，" + c.targetText() + "按序时进度" + Wording.fractionPercent(fraction)
                + "%应为" + Wording.plain(expected) + orEmpty(c.indicator().targetUnit()) + "，" + switch (verdict) {
                    case ON_TRACK -> "进度正常";
                    case AT_RISK -> "未达序时进度但差距在10%以内，进度存在风险";
                    default -> "与序时进度差距超过10%，进度滞后";
                };
        return c.result(verdict, expected, PARTIAL_CUMULATIVE, text);
    }

    private static Assessment partialPointInTime(Case c) {
        Verdict verdict = progress(c.comparator(), c.actual(), c.target());
        String text = c.actualText() + "，" + switch (verdict) {
            case ON_TRACK -> c.metVerb() + c.targetText() + "，按序时判断进度正常";
            case AT_RISK -> c.missVerb() + c.targetText() + "但差距在10%以内，按序时判断存在风险";
            default -> c.missVerb() + c.targetText() + "且差距超过10%，按序时判断进度滞后";
        };
        return c.result(verdict, null, PARTIAL_POINT_IN_TIME, text);
    }

    private static Verdict progress(Comparator comparator, BigDecimal actual, BigDecimal bar) {
        if (meets(comparator, actual, bar)) {
            return Verdict.ON_TRACK;
        }
        return near(comparator, actual, bar) ? Verdict.AT_RISK : Verdict.OFF_TRACK;
    }

    static boolean meets(Comparator comparator, BigDecimal actual, BigDecimal bar) {
        int cmp = actual.compareTo(bar);
        return switch (comparator) {
            case GTE -> cmp >= 0;
            case GT -> cmp > 0;
            case LTE -> cmp <= 0;
            case LT -> cmp < 0;
            case APPROX -> actual.subtract(bar).abs().compareTo(bar.abs().multiply(Comparator.APPROX_TOLERANCE)) <= 0;
        };
    }

    /** Misses the bar by no more than {@link #NEAR_MISS} of its size, on whichever side the comparator guards. */
    static boolean near(Comparator comparator, BigDecimal actual, BigDecimal bar) {
        BigDecimal slack = bar.abs().multiply(NEAR_MISS);
        return switch (comparator) {
            case GTE, GT -> actual.compareTo(bar.subtract(slack)) >= 0;
            case LTE, LT -> actual.compareTo(bar.add(slack)) <= 0;
            case APPROX -> actual.subtract(bar).abs().compareTo(slack) <= 0;
        };
    }

    /** actual ÷ target, or target ÷ actual when less is better; null when either side makes it meaningless. */
    static BigDecimal ratio(Direction direction, BigDecimal actual, BigDecimal target) {
        BigDecimal dividend = direction == Direction.DESCENDING ? target : actual;
        BigDecimal divisor = direction == Direction.DESCENDING ? actual : target;
        if (target.signum() <= 0 || divisor.signum() <= 0) {
            return null;
        }
        return dividend.divide(divisor, SCALE, RoundingMode.HALF_UP);
    }

    /** {@code value} in {@code unit} expressed in {@code targetUnit}; two missing units mean plain numbers. */
    static Optional<BigDecimal> inUnit(BigDecimal value, String unit, String targetUnit) {
        boolean noUnit = unit == null || unit.isBlank();
        boolean noTargetUnit = targetUnit == null || targetUnit.isBlank();
        if (noUnit || noTargetUnit) {
            return noUnit && noTargetUnit ? Optional.of(value) : Optional.empty();
        }
        return UnitOfMeasure.of(unit).convert(value, UnitOfMeasure.of(targetUnit));
    }

    private static boolean overlaps(Period a, Period b) {
        return !a.to().isBefore(b.from()) && !a.from().isAfter(b.to());
    }

    /** The part of {@code measured} inside {@code target}, so that a period starting early is not over-counted. */
    private static Period overlap(Period measured, Period target) {
        LocalDate from = measured.from().isAfter(target.from()) ? measured.from() : target.from();
        LocalDate to = measured.to().isBefore(target.to()) ? measured.to() : target.to();
        return new Period(from, to, measured.label());
    }

    private static int finality(MeasurementStatus status) {
        return switch (status) {
            case ESTIMATED -> 0;
            case PRELIMINARY -> 1;
            case FINAL -> 2;
        };
    }

    private static Assessment notAssessable(String rule, Long measurementId, String explanation) {
        return new Assessment(Verdict.NOT_ASSESSABLE, null, null, measurementId, rule, explanation);
    }

    private static String orNone(String unit) {
        return unit == null || unit.isBlank() ? "无" : unit;
    }

    private static String orEmpty(String unit) {
        return unit == null ? "" : unit;
    }

    /** One indicator with its decisive measurement converted to the target's unit, and the phrases about them. */
    private record Case(IndicatorFacts indicator, MeasurementFacts measurement, BigDecimal actual) {

        BigDecimal target() {
            return indicator.targetValue();
        }

        Comparator comparator() {
            return indicator.effectiveComparator();
        }

        BigDecimal ratio() {
            return AssessmentRules.ratio(indicator.direction(), actual, target());
        }

        boolean estimated() {
            return measurement.status() == MeasurementStatus.ESTIMATED;
        }

        /** "预计1-12月完成510亿元以上", in the measurement's own unit as written. */
        String actualText() {
            return (estimated() ? "预计" : "") + Wording.label(measurement.period())
                    + Wording.valuePhrase(indicator.kind(), indicator.accumulation() == Accumulation.CUMULATIVE,
                    measurement.value(), measurement.unit(), measurement.qualifier());
        }

        /** "全年目标500亿元". */
        String targetText() {
            return Wording.targetPrefix(indicator.targetPeriod())
                    + Wording.targetPhrase(indicator.kind(), target(), indicator.targetUnit(), comparator());
        }

        /** 高于 / 低于 when the sign makes it plain which side is good, else 达到. */
        String metVerb() {
            if (target().signum() >= 0) {
                Comparator c = comparator();
                if ((c == Comparator.GTE || c == Comparator.GT) && actual.compareTo(target()) > 0) {
                    return "高于";
                }
                if ((c == Comparator.LTE || c == Comparator.LT) && actual.compareTo(target()) < 0) {
                    return "低于";
                }
            }
            return "达到";
        }

        String missVerb() {
            return comparator() == Comparator.APPROX ? "偏离" : "未达到";
        }

        Assessment result(Verdict verdict, BigDecimal expectedByNow, String rule, String text) {
            String suffix = estimated() ? "（预计值）" : "";
            return new Assessment(verdict, ratio(), expectedByNow, measurement.id(), rule, text + suffix);
        }
    }
}
