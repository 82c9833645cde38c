package org.duban.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.duban.importing.ImportDraft.TaskDraft;
import org.duban.importing.extract.ExtractedIndicator;
import org.duban.importing.extract.ExtractedMeasurement;
import org.duban.importing.extract.ExtractedTarget;
import org.duban.indicator.Indicator;
import org.duban.indicator.IndicatorRepository;
import org.duban.indicator.Measurement;
import org.duban.indicator.MeasurementRepository;
import org.duban.task.Task;

/**
 * Merges a row's extracted indicators into its task: an indicator is matched by name and commitment, a measurement by
 * period and status; what already says the same is left untouched, so that importing a document twice changes
 * nothing, and a later table's figure for the same period and status corrects the earlier one.
 */
@ApplicationScoped
class IndicatorMerger {

    private static final int MAX_SOURCE_TEXT = 2000;

    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;

    IndicatorMerger(IndicatorRepository indicators, MeasurementRepository measurements) {
        this.indicators = indicators;
        this.measurements = measurements;
    }

    /**
     * @param existing                the task's indicators (empty for a new task)
     * @param measurementsByIndicator the plan's measurements by indicator id, read once per import and kept current
     */
    void merge(Task task, TaskDraft d, List<Indicator> existing, Map<Long, List<Measurement>> measurementsByIndicator,
            ImportTally tally) {
        // 确保增长6.5%、力争7%: one name, a firm and a stretch target, two indicators.
        Map<String, Indicator> byName = new HashMap<>();
        existing.forEach(i -> byName.putIfAbsent(i.name + "/" + i.commitment, i));
        for (ExtractedIndicator e : d.indicators()) {
            Indicator indicator = byName.get(e.name() + "/" + e.commitment());
            if (indicator == null) {
                indicator = new Indicator();
                indicator.task = task;
                apply(indicator, e);
                indicators.persist(indicator);
                byName.put(e.name() + "/" + e.commitment(), indicator);
                tally.created.indicators++;
            } else if (apply(indicator, e)) {
                tally.updated.indicators++;
            }
            List<Measurement> known = indicator.id == null ? new ArrayList<>()
                    : measurementsByIndicator.computeIfAbsent(indicator.id, k -> new ArrayList<>());
            for (ExtractedMeasurement m : e.measurements()) {
                mergeMeasurement(indicator, m, known, tally);
            }
        }
    }

    /** Sets the indicator's fields from the extraction; true when anything changed (or the indicator is new). */
    private static boolean apply(Indicator i, ExtractedIndicator e) {
        ExtractedTarget t = e.target();
        boolean changed = i.id == null;
        changed |= set(i.name, e.name(), v -> i.name = v);
        changed |= set(i.kind, e.kind(), v -> i.kind = v);
        changed |= set(i.accumulation, e.accumulation(), v -> i.accumulation = v);
        changed |= set(i.direction, e.direction(), v -> i.direction = v);
        changed |= set(i.commitment, e.commitment(), v -> i.commitment = v);
        changed |= set(i.sourceText, clip(e.sourceText()), v -> i.sourceText = v);
        changed |= set(i.targetComparator, t == null ? null : t.comparator(), v -> i.targetComparator = v);
        if (t == null ? i.targetValue != null : i.targetValue == null || i.targetValue.compareTo(t.value()) != 0) {
            i.targetValue = t == null ? null : t.value();
            changed = true;
        }
        changed |= set(i.targetUnit, t == null ? null : t.unit(), v -> i.targetUnit = v);
        changed |= set(i.targetPeriodFrom, t == null ? null : t.period().from(), v -> i.targetPeriodFrom = v);
        changed |= set(i.targetPeriodTo, t == null ? null : t.period().to(), v -> i.targetPeriodTo = v);
        changed |= set(i.targetPeriodLabel, t == null ? null : t.period().label(), v -> i.targetPeriodLabel = v);
        if (changed) {
            i.updatedAt = Instant.now();
        }
        return changed;
    }

    private void mergeMeasurement(Indicator indicator, ExtractedMeasurement e, List<Measurement> known,
            ImportTally tally) {
        Measurement same = known.stream()
                .filter(m -> m.periodFrom.equals(e.period().from()) && m.periodTo.equals(e.period().to())
                        && m.status == e.status())
                .findFirst().orElse(null);
        if (same == null) {
            Measurement m = new Measurement();
            m.indicator = indicator;
            m.amount = e.value();
            m.unit = e.unit();
            m.qualifier = e.qualifier();
            m.periodFrom = e.period().from();
            m.periodTo = e.period().to();
            m.periodLabel = e.period().label();
            m.status = e.status();
            m.sourceText = clip(e.sourceText());
            m.reportedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            measurements.persist(m);
            known.add(m);
            indicator.updatedAt = Instant.now();
            tally.created.measurements++;
        } else if (same.amount.compareTo(e.value()) != 0 || !same.unit.equals(e.unit())
                || same.qualifier != e.qualifier()) {
            // A later table corrects the figure of the same period and status.
            same.amount = e.value();
            same.unit = e.unit();
            same.qualifier = e.qualifier();
            same.sourceText = clip(e.sourceText());
            same.reportedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            indicator.updatedAt = Instant.now();
            tally.updated.measurements++;
        }
    }

    private static <T> boolean set(T current, T wanted, Consumer<T> setter) {
        if (Objects.equals(current, wanted)) {
            return false;
        }
        setter.accept(wanted);
        return true;
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_SOURCE_TEXT ? text : text.substring(0, MAX_SOURCE_TEXT);
    }
}
