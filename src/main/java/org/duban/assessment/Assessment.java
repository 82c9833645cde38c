package org.duban.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome of {@link AssessmentRules#assess} for one indicator.
 *
 * @param verdict              the judgement
 * @param ratio                actual ÷ full target (target ÷ actual when DESCENDING), 4 decimals; null when undefined
 * @param expectedByNow        the pro-rata target (序时进度) in the target's unit, for partial periods of CUMULATIVE
 *                             indicators; otherwise null
 * @param basedOnMeasurementId the measurement that decided, or null when none did
 * @param rule                 stable code of the rule applied, one of the constants of {@link AssessmentRules}
 * @param explanation          one Chinese sentence with the rule, numbers and units
 */
public record Assessment(Verdict verdict, BigDecimal ratio, BigDecimal expectedByNow, Long basedOnMeasurementId,
                         String rule, String explanation) {

    public Assessment {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
    }
}
