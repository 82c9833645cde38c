package org.duban.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duban.assessment.Assessment;
import org.duban.assessment.IndicatorFacts;
import org.duban.assessment.MeasurementFacts;
import org.duban.assessment.Verdict;
import org.duban.quantity.Period;
import org.duban.task.TaskScope;
import org.duban.task.TaskVerdicts;
import org.duban.task.TaskVerdicts.IndicatorVerdict;

/**
 * Assesses the indicators of many tasks at once: one query of selected columns (indicators left-joined with their
 * measurements) for whatever tasks a {@link TaskScope} selects, then the rules in Java. This is what keeps task lists,
 * plan summaries and exports at a constant number of statements.
 */
@ApplicationScoped
public class IndicatorVerdicts implements TaskVerdicts {

    private final IndicatorRepository indicators;

    public IndicatorVerdicts(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @Override
    public Map<Long, List<Verdict>> effectiveVerdicts(TaskScope scope) {
        return assess(scope, AssessmentRow.SELECT_VERDICT_DECIDING).stream().collect(Collectors.groupingBy(AssessedIndicator::taskId,
                Collectors.mapping(AssessedIndicator::effectiveVerdict, Collectors.toList())));
    }

    @Override
    public Map<Long, List<IndicatorVerdict>> verdictsWithAnnounced(TaskScope scope) {
        Map<Long, List<IndicatorVerdict>> byTask = new LinkedHashMap<>();
        for (AssessedIndicator a : assess(scope, AssessmentRow.SELECT_VERDICT_DECIDING)) {
            byTask.computeIfAbsent(a.taskId(), id -> new ArrayList<>()).add(new IndicatorVerdict(a.id(),
                    a.announcedVerdict(), a.effectiveVerdict()));
        }
        return byTask;
    }

    /** The assessed indicators of the tasks the scope selects, by task id, then indicator id. */
    public List<AssessedIndicator> assess(TaskScope scope) {
        return assess(scope, AssessmentRow.SELECT);
    }

    /**
     * Assesses with the rows the select gives: all measurements ({@link AssessmentRow#SELECT}), or only those that can
     * decide the verdict ({@link AssessmentRow#SELECT_VERDICT_DECIDING}) where nothing but the verdict is used, so that
     * a write's refresh of its task does not grow with the indicators' histories.
     */
    private List<AssessedIndicator> assess(TaskScope scope, String select) {
        if (scope.isEmpty()) {
            return List.of();
        }
        var query = indicators.getEntityManager().createQuery(select + " where " + scope.condition()
                + " order by t.id, xi.id, xm.id", AssessmentRow.class);
        scope.parameters().forEach(query::setParameter);
        Map<Long, List<AssessmentRow>> byIndicator = new LinkedHashMap<>();
        for (AssessmentRow row : query.getResultList()) {
            byIndicator.computeIfAbsent(row.indicatorId(), id -> new ArrayList<>()).add(row);
        }
        List<AssessedIndicator> assessed = new ArrayList<>(byIndicator.size());
        for (List<AssessmentRow> rows : byIndicator.values()) {
            AssessmentRow first = rows.get(0);
            IndicatorFacts facts = IndicatorAssessor.facts(first.name(), first.kind(), first.accumulation(),
                    first.direction(), first.commitment(), first.targetComparator(), first.targetValue(),
                    first.targetUnit(), first.targetFrom(), first.targetTo(), first.targetLabel(), first.planYear());
            List<MeasurementFacts> measurements = rows.stream().filter(r -> r.measurementId() != null)
                    .map(r -> new MeasurementFacts(r.measurementId(), r.value(), r.unit(), r.qualifier(),
                            new Period(r.periodFrom(), r.periodTo(), r.periodLabel()), r.status(), r.reportedAt()))
                    .toList();
            Assessment assessment = IndicatorAssessor.assess(facts, measurements);
            assessed.add(new AssessedIndicator(first.indicatorId(), first.taskId(), facts, measurements, assessment,
                    first.manualVerdict(), IndicatorAssessor.effective(assessment.verdict(), first.manualVerdict()),
                    first.announcedVerdict()));
        }
        return assessed;
    }
}
