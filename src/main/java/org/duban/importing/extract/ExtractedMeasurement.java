package org.duban.importing.extract;

import java.math.BigDecimal;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.Period;

/**
 * An actual value read from a completion text, with the qualifier written next to it (以上 → GTE, 超/突破 → GT, or
 * null), its period, its status (预计 → ESTIMATED) and the clause it came from.
 */
public record ExtractedMeasurement(BigDecimal value, String unit, Comparator qualifier, Period period,
        MeasurementStatus status, String sourceText) {
}
