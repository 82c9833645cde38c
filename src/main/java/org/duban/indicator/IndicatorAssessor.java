package org.duban.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.duban.assessment.Assessment;
import org.duban.assessment.AssessmentRules;
import org.duban.assessment.IndicatorFacts;
import org.duban.assessment.MeasurementFacts;
import org.duban.assessment.Verdict;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.Period;

/**
 * The one bridge from stored indicators to the pure {@link AssessmentRules}: entities and query rows become facts, the
 * rules give the computed assessment, and a person's verdict makes it effective where the rules cannot judge.
 */
public final class IndicatorAssessor {

    private static final AssessmentRules RULES = new AssessmentRules();

    private IndicatorAssessor() {
    }

    /** The verdict that counts: a person's verdict while the rules say NOT_ASSESSABLE, else the computed one. */
    public static Verdict effective(Verdict computed, Verdict manual) {
        return manual != null && computed == Verdict.NOT_ASSESSABLE ? manual : computed;
    }

    static Assessment assess(IndicatorFacts indicator, List<MeasurementFacts> measurements) {
        return RULES.assess(indicator, measurements);
    }

    static IndicatorFacts facts(Indicator i) {
        Period period = i.targetPeriodFrom == null || i.targetPeriodTo == null ? null
                : new Period(i.targetPeriodFrom, i.targetPeriodTo, i.targetPeriodLabel);
        // A target stored without its period covers the plan's year (docs/domain.md); only then is the plan read.
        if (period == null && i.hasTarget()) {
            period = Period.year(i.task.plan.planYear);
        }
        return new IndicatorFacts(i.name, i.kind, i.accumulation, i.direction, i.commitment, i.targetComparator,
                i.targetValue, i.targetUnit, period);
    }

    static IndicatorFacts facts(String name, MeasureKind kind, Accumulation accumulation, Direction direction,
            Commitment commitment, Comparator comparator, BigDecimal targetValue, String targetUnit, LocalDate from,
            LocalDate to, String label, int planYear) {
        Period period = from == null || to == null ? null : new Period(from, to, label);
        if (period == null && targetValue != null) {
            period = Period.year(planYear);
        }
        return new IndicatorFacts(name, kind, accumulation, direction, commitment, comparator, targetValue, targetUnit,
                period);
    }

    static MeasurementFacts facts(Measurement m) {
        return new MeasurementFacts(m.id, m.amount, m.unit, m.qualifier, new Period(m.periodFrom, m.periodTo,
                m.periodLabel), m.status, m.reportedAt);
    }
}
