package org.duban.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
        return assessVerdicts(scope).stream().collect(Collectors.groupingBy(AssessedIndicator::taskId,
                Collectors.mapping(AssessedIndicator::effectiveVerdict, Collectors.toList())));
    }

    @Override
    public Map<Long, List<IndicatorVerdict>> verdictsWithAnnounced(TaskScope scope) {
        Map<Long, List<IndicatorVerdict>> byTask = new LinkedHashMap<>();
        for (AssessedIndicator a : assessVerdicts(scope)) {
            byTask.computeIfAbsent(a.taskId(), id -> new ArrayList<>()).add(new IndicatorVerdict(a.id(),
                    a.announcedVerdict(), a.effectiveVerdict()));
        }
        return byTask;
    }

    /** The assessed indicators of the tasks the scope selects, by task id, then indicator id. */
    public List<AssessedIndicator> assess(TaskScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        var query = indicators.getEntityManager().createQuery(AssessmentRow.SELECT + " where " + scope.condition()
                + " order by t.id, xi.id, xm.id", AssessmentRow.class);
        scope.parameters().forEach(query::setParameter);
        return assess(query.getResultList(), null);
    }

    /**
     * Assessments whose verdicts are right but whose other findings may not be (they see only the measurements that
     * can decide the verdict), for the refresh that every write runs: two queries whose rows do not grow with the
     * indicators' histories.
     */
    private List<AssessedIndicator> assessVerdicts(TaskScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        var em = indicators.getEntityManager();
        var ends = em.createQuery(AssessmentRow.LATEST_DECISIVE_END + " where " + scope.condition(), Object[].class);
        scope.parameters().forEach(ends::setParameter);
        Map<Long, LocalDate> latest = new HashMap<>();
        ends.getResultList().stream().filter(row -> row[1] != null)
                .forEach(row -> latest.put((Long) row[0], (LocalDate) row[1]));
        var query = em.createQuery(AssessmentRow.SELECT_FROM_DECISIVE_END + " where " + scope.condition()
                + " order by t.id, xi.id, xm.id", AssessmentRow.class);
        scope.parameters().forEach(query::setParameter);
        query.setParameter("decisiveFrom", latest.values().stream().min(LocalDate::compareTo).orElse(NO_MEASUREMENT));
        return assess(query.getResultList(), latest);
    }

    /** Later than any period, so that the join finds no measurement when none overlaps a target. */
    private static final LocalDate NO_MEASUREMENT = LocalDate.of(9999, 12, 31);

    /**
     * Assesses rows ordered by indicator; with {@code latest} (the decisive ends), only the measurements ending there
     * count.
     */
    private static List<AssessedIndicator> assess(List<AssessmentRow> rows, Map<Long, LocalDate> latest) {
        Map<Long, List<AssessmentRow>> byIndicator = new LinkedHashMap<>();
        for (AssessmentRow row : rows) {
            byIndicator.computeIfAbsent(row.indicatorId(), id -> new ArrayList<>()).add(row);
        }
        List<AssessedIndicator> assessed = new ArrayList<>(byIndicator.size());
        for (List<AssessmentRow> ofIndicator : byIndicator.values()) {
            AssessmentRow first = ofIndicator.get(0);
            IndicatorFacts facts = IndicatorAssessor.facts(first.name(), first.kind(), first.accumulation(),
                    first.direction(), first.commitment(), first.targetComparator(), first.targetValue(),
                    first.targetUnit(), first.targetFrom(), first.targetTo(), first.targetLabel(), first.planYear());
            List<MeasurementFacts> measurements = ofIndicator.stream().filter(r -> r.measurementId() != null)
                    .filter(r -> latest == null || r.periodTo().equals(latest.get(r.indicatorId())))
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
