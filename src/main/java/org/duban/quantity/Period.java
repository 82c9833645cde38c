package org.duban.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive date interval with the label people wrote for it: {@code {2023-01-01, 2023-11-30, "1-11月"}}. */
public record Period(LocalDate from, LocalDate to, String label) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period must not end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The whole calendar year: 2023年 / 全年. */
    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year + "年");
    }

    /** Months {@code fromMonth}..{@code toMonth} of a year, inclusive (1-11月). */
    public static Period months(int year, int fromMonth, int toMonth, String label) {
        return new Period(LocalDate.of(year, fromMonth, 1), YearMonth.of(year, toMonth).atEndOfMonth(), label);
    }

    /** True when the period starts on the first and ends on the last day of a month. */
    public boolean isWholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    /** Number of calendar months covered, for whole-month periods. */
    public long monthCount() {
        return ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
    }

    /** Number of days covered, both ends included. */
    public long dayCount() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(Period other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    /**
     * The 序时进度 of this period within {@code whole}: its length divided by the whole's length, counted in months when
     * both are whole calendar months (1-11月 of a year → 11/12), otherwise in days. Capped at 1.
     */
    public BigDecimal coveredFraction(Period whole) {
        BigDecimal fraction = isWholeMonths() && whole.isWholeMonths()
                ? BigDecimal.valueOf(monthCount()).divide(BigDecimal.valueOf(whole.monthCount()), MathContext.DECIMAL64)
                : BigDecimal.valueOf(dayCount()).divide(BigDecimal.valueOf(whole.dayCount()), MathContext.DECIMAL64);
        return fraction.min(BigDecimal.ONE);
    }
}
