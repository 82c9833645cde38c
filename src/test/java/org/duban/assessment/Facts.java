package org.duban.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.Period;

/** Short builders for the assessment tests; every target covers 2023 unless a test says otherwise. */
final class Facts {

    static final Period YEAR_2023 = Period.year(2023);
    static final Period JAN_NOV = Period.months(2023, 1, 11, "1-11月");
    static final Period JAN_DEC = Period.months(2023, 1, 12, "1-12月");
    static final Period JAN_JUN = Period.months(2023, 1, 6, "1-6月");
    static final Instant REPORTED = Instant.parse("2024-01-19T01:17:00Z");

    private Facts() {
    }

    static IndicatorFacts cumulative(String name, MeasureKind kind, Comparator comparator, String target, String unit) {
        return indicator(name, kind, Accumulation.CUMULATIVE, Direction.ASCENDING, comparator, target, unit);
    }

    static IndicatorFacts pointInTime(String name, MeasureKind kind, Comparator comparator, String target, String unit) {
        return indicator(name, kind, Accumulation.POINT_IN_TIME, Direction.ASCENDING, comparator, target, unit);
    }

    static IndicatorFacts indicator(String name, MeasureKind kind, Accumulation accumulation, Direction direction,
                                    Comparator comparator, String target, String unit) {
        return new IndicatorFacts(name, kind, accumulation, direction, Commitment.FIRM, comparator,
                target == null ? null : new BigDecimal(target), unit, YEAR_2023);
    }

    static MeasurementFacts actual(long id, String value, String unit, Period period, MeasurementStatus status) {
        return actual(id, value, unit, null, period, status);
    }

    static MeasurementFacts actual(long id, String value, String unit, Comparator qualifier, Period period,
                                   MeasurementStatus status) {
        return new MeasurementFacts(id, new BigDecimal(value), unit, qualifier, period, status, REPORTED);
    }

    static MeasurementFacts reported(long id, Period period, MeasurementStatus status, Instant reportedAt) {
        return new MeasurementFacts(id, BigDecimal.ONE, "家", null, period, status, reportedAt);
    }
}
