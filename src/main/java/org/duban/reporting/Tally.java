package org.duban.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.duban.assessment.Verdict;
import org.duban.quantity.Decimals;

/** Counts keyed by every value of an enum, zeros included, so that a dashboard never meets a missing key. */
final class Tally {

    private Tally() {
    }

    static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }

    static <E extends Enum<E>, T> Map<E, Long> count(Class<E> type, Iterable<T> items, Function<T, E> key) {
        Map<E, Long> counts = zeros(type);
        for (T item : items) {
            counts.merge(key.apply(item), 1L, Long::sum);
        }
        return counts;
    }

    /** Indicators the rules or a person could judge: all but NO_DATA and NOT_ASSESSABLE. */
    static long assessed(Map<Verdict, Long> byVerdict) {
        return byVerdict.entrySet().stream()
                .filter(e -> e.getKey() != Verdict.NO_DATA && e.getKey() != Verdict.NOT_ASSESSABLE)
                .mapToLong(Map.Entry::getValue).sum();
    }

    static long met(Map<Verdict, Long> byVerdict) {
        return byVerdict.getOrDefault(Verdict.MET, 0L) + byVerdict.getOrDefault(Verdict.EXCEEDED, 0L);
    }

    /**
     * shareMet (docs/domain.md) = (MET + EXCEEDED) ÷ indicators with a verdict other than NO_DATA and NOT_ASSESSABLE,
     * 4 decimals HALF_UP; LIKELY_MET is in the divisor but not the dividend, and shown apart in indicatorsByVerdict.
     * Null when no indicator is judged.
     */
    static BigDecimal shareMet(Map<Verdict, Long> byVerdict) {
        long assessed = assessed(byVerdict);
        if (assessed == 0) {
            return null;
        }
        return Decimals.normalize(BigDecimal.valueOf(met(byVerdict))
                .divide(BigDecimal.valueOf(assessed), 4, RoundingMode.HALF_UP));
    }
}
