package org.duban.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.Period;

/**
 * What the rules need to know about one actual value of an indicator.
 *
 * <p>{@code qualifier} is what the text said around the number (以上 → GTE, 超 → GT …); it is shown but the value is
 * compared as written. {@code unit} may be null only for dimensionless numbers; {@code reportedAt} may be null when
 * unknown (it then loses ties).
 */
public record MeasurementFacts(long id, BigDecimal value, String unit, Comparator qualifier, Period period,
                               MeasurementStatus status, Instant reportedAt) {

    public MeasurementFacts {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
    }
}
