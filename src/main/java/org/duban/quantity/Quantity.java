package org.duban.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** An exact value with the unit it was written in: 0.3 万吨标煤, 51.5 亿元, 17.3 %. */
public record Quantity(BigDecimal value, UnitOfMeasure unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        value = Decimals.normalize(value);
    }

    public static Quantity of(String value, String unit) {
        return new Quantity(new BigDecimal(value), UnitOfMeasure.of(unit));
    }

    /** The value in the family's base unit (0.3 万吨标煤 → 3000 吨标煤). */
    public BigDecimal normalizedValue() {
        return unit.toBase(value);
    }

    /** This quantity in another unit of the same family, or empty when they cannot be compared. */
    public Optional<Quantity> to(UnitOfMeasure target) {
        return unit.convert(value, target).map(v -> new Quantity(v, target));
    }

    /** Compares two quantities of the same family; empty when the units cannot be compared. */
    public Optional<Integer> compareTo(Quantity other) {
        if (!unit.isComparableWith(other.unit)) {
            return Optional.empty();
        }
        return Optional.of(normalizedValue().compareTo(other.normalizedValue()));
    }

    @Override
    public String toString() {
        return value.toPlainString() + unit.symbol();
    }
}
