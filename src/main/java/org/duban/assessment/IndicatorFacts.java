package org.duban.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.Period;

/**
 * What the rules need to know about an indicator and its target.
 *
 * <p>An indicator has a target when {@code targetValue} is set. Values are signed: a decline ("下降3%") is a negative
 * growth rate. {@code comparator} may be null for a plain number, which then reads as GTE for an ASCENDING indicator
 * and LTE for a DESCENDING one (docs/domain.md). {@code targetUnit} may be null only for dimensionless numbers.
 * {@code targetPeriod} is the period the target covers (the plan's year when the text names none); it is required
 * when there is a target.
 */
public record IndicatorFacts(String name, MeasureKind kind, Accumulation accumulation, Direction direction,
                             Commitment commitment, Comparator comparator, BigDecimal targetValue, String targetUnit,
                             Period targetPeriod) {

    public IndicatorFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(accumulation, "accumulation");
        Objects.requireNonNull(direction, "direction");
        if (targetValue != null && targetPeriod == null) {
            throw new IllegalArgumentException("a target needs the period it covers: " + name);
        }
    }

    public boolean hasTarget() {
        return targetValue != null;
    }

    /** The comparator written with the target, or the default a plain number implies for this direction. */
    public Comparator effectiveComparator() {
        if (comparator != null) {
            return comparator;
        }
        return direction == Direction.DESCENDING ? Comparator.LTE : Comparator.GTE;
    }
}
