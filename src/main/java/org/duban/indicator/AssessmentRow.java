package org.duban.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.duban.assessment.Verdict;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;

/**
 * One row of the query that feeds assessments in bulk: an indicator with what the rules need, joined with one of its
 * measurements (the measurement columns are null for an indicator without any). Only selected columns, no entities.
 */
public record AssessmentRow(
        Long indicatorId, Long taskId, Integer planYear, String name, MeasureKind kind, Accumulation accumulation,
        Direction direction, Commitment commitment, Comparator targetComparator, BigDecimal targetValue,
        String targetUnit, LocalDate targetFrom, LocalDate targetTo, String targetLabel, Verdict manualVerdict,
        Verdict announcedVerdict, Long measurementId, BigDecimal value, String unit, Comparator qualifier,
        LocalDate periodFrom, LocalDate periodTo, String periodLabel, MeasurementStatus status, Instant reportedAt) {

    static final String SELECT = "select new org.duban.indicator.AssessmentRow(xi.id, t.id, t.plan.planYear, xi.name,"
            + " xi.kind, xi.accumulation, xi.direction, xi.commitment, xi.targetComparator, xi.targetValue,"
            + " xi.targetUnit, xi.targetPeriodFrom, xi.targetPeriodTo, xi.targetPeriodLabel, xi.manualVerdict,"
            + " xi.announcedVerdict,"
            + " xm.id, xm.amount, xm.unit, xm.qualifier, xm.periodFrom, xm.periodTo, xm.periodLabel, xm.status,"
            + " xm.reportedAt)"
            + " from Indicator xi join xi.task t left join Measurement xm on xm.indicator = xi";

    /**
     * The same columns, joined only with the measurements that end on or after {@code :decisiveFrom}: with the
     * latest end of each indicator's measurements that overlap its target ({@link #LATEST_DECISIVE_END}), the earliest
     * of those ends bounds the rows that can decide a verdict, so a write's refresh does not read whole histories.
     */
    static final String SELECT_FROM_DECISIVE_END = SELECT + " and xm.periodTo >= :decisiveFrom";

    /**
     * Per indicator, the latest end of its measurements that overlap its target period (the plan's year for a target
     * stored without one): the decisive measurement ends there ({@link org.duban.assessment.AssessmentRules#decisive}).
     * Null when none overlaps. Each is the first row of the (indicator, latest end first) index that overlaps, so a
     * write's refresh does not read whole histories.
     */
    static final String LATEST_DECISIVE_END = "select xi.id, (select ym.periodTo from Measurement ym"
            + " where ym.indicator = xi and " + overlapsTarget("ym") + " order by ym.periodTo desc limit 1)"
            + " from Indicator xi join xi.task t join t.plan xp";

    /** The measurement's period overlaps the indicator's target period, the plan's year when it has none. */
    private static String overlapsTarget(String m) {
        return "((xi.targetPeriodFrom is not null and xi.targetPeriodTo is not null"
                + " and " + m + ".periodTo >= xi.targetPeriodFrom and " + m + ".periodFrom <= xi.targetPeriodTo)"
                + " or ((xi.targetPeriodFrom is null or xi.targetPeriodTo is null)"
                + " and year(" + m + ".periodTo) >= xp.planYear and year(" + m + ".periodFrom) <= xp.planYear))";
    }
}
