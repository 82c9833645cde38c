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
        Verdict announcedVerdict, Long measurementId, BigDecimal value, String unit, Comparator qualifier, LocalDate periodFrom,
        LocalDate periodTo, String periodLabel, MeasurementStatus status, Instant reportedAt) {

    static final String SELECT = "select new org.duban.indicator.AssessmentRow(xi.id, t.id, t.plan.planYear, xi.name,"
            + " xi.kind, xi.accumulation, xi.direction, xi.commitment, xi.targetComparator, xi.targetValue,"
            + " xi.targetUnit, xi.targetPeriodFrom, xi.targetPeriodTo, xi.targetPeriodLabel, xi.manualVerdict,"
            + " xi.announcedVerdict,"
            + " xm.id, xm.amount, xm.unit, xm.qualifier, xm.periodFrom, xm.periodTo, xm.periodLabel, xm.status,"
            + " xm.reportedAt)"
            + " from Indicator xi join xi.task t left join Measurement xm on xm.indicator = xi";

    /**
     * The same columns, but joined only with the measurements that can decide the verdict: those overlapping the
     * target period (the plan's year for a target stored without one) whose period ends latest. The rules pick the
     * decisive one among them ({@link org.duban.assessment.AssessmentRules#decisive}), so the verdict is the one all
     * measurements give, while the rows read stay a handful however long an indicator's history grows. What the rules
     * say besides the verdict (the wording for an indicator with measurements of other periods only) may differ.
     */
    static final String SELECT_VERDICT_DECIDING = SELECT.substring(0, SELECT.indexOf(" from "))
            + " from Indicator xi join xi.task t join t.plan xp left join Measurement xm on xm.indicator = xi"
            // "No later one overlaps" rather than "ends at the latest end": each probe is a short range of the
            // (indicator, period end) index, where an aggregate per joined row read the whole history each time.
            + " and " + overlapsTarget("xm") + " and not exists (select 1 from Measurement ym"
            + " where ym.indicator = xi and ym.periodTo > xm.periodTo and " + overlapsTarget("ym") + ")";

    /** The measurement's period overlaps the indicator's target period, the plan's year when it has none. */
    private static String overlapsTarget(String m) {
        return "((xi.targetPeriodFrom is not null and xi.targetPeriodTo is not null"
                + " and " + m + ".periodTo >= xi.targetPeriodFrom and " + m + ".periodFrom <= xi.targetPeriodTo)"
                + " or ((xi.targetPeriodFrom is null or xi.targetPeriodTo is null)"
                + " and year(" + m + ".periodTo) >= xp.planYear and year(" + m + ".periodFrom) <= xp.planYear))";
    }
}
