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
        Long measurementId, BigDecimal value, String unit, Comparator qualifier, LocalDate periodFrom,
        LocalDate periodTo, String periodLabel, MeasurementStatus status, Instant reportedAt) {

    static final String SELECT = "select new org.duban.indicator.AssessmentRow(xi.id, t.id, t.plan.planYear, xi.name,"
            + " xi.kind, xi.accumulation, xi.direction, xi.commitment, xi.targetComparator, xi.targetValue,"
            + " xi.targetUnit, xi.targetPeriodFrom, xi.targetPeriodTo, xi.targetPeriodLabel, xi.manualVerdict,"
            + " xm.id, xm.amount, xm.unit, xm.qualifier, xm.periodFrom, xm.periodTo, xm.periodLabel, xm.status,"
            + " xm.reportedAt)"
            + " from Indicator xi join xi.task t left join Measurement xm on xm.indicator = xi";
}
