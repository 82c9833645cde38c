package org.duban.indicator;

import java.util.List;
import java.util.Optional;
import org.duban.assessment.Assessment;
import org.duban.assessment.AssessmentRules;
import org.duban.assessment.IndicatorFacts;
import org.duban.assessment.MeasurementFacts;
import org.duban.assessment.Verdict;

/**
 * An indicator with its computed assessment and the verdict that counts, for roll-ups and exports that read many at
 * once.
 *
 * @param facts        what the rules judged
 * @param measurements all its measurements
 * @param assessment   the computed assessment
 * @param manualVerdict a person's verdict, or null
 * @param effectiveVerdict the manual verdict while the computed one is NOT_ASSESSABLE, else the computed one
 * @param announcedVerdict the effective verdict last stored and announced in the change feed, null until first stored
 */
public record AssessedIndicator(long id, long taskId, IndicatorFacts facts, List<MeasurementFacts> measurements,
                                Assessment assessment, Verdict manualVerdict, Verdict effectiveVerdict,
                                Verdict announcedVerdict) {

    /** The measurement to show: the one the verdict is based on, else the one that would count over all periods. */
    public Optional<MeasurementFacts> shownMeasurement() {
        Long based = assessment.basedOnMeasurementId();
        if (based != null) {
            return measurements.stream().filter(m -> m.id() == based).findFirst();
        }
        return AssessmentRules.decisive(measurements);
    }
}
