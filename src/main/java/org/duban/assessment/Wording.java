package org.duban.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.duban.quantity.Comparator;
import org.duban.quantity.Decimals;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.Period;

/** Chinese phrases for explanations: numbers printed plain, units as written, qualifiers in the words people use. */
final class Wording {

    private Wording() {
    }

    /** 20.260 → "20.26", 5E+2 → "500". */
    static String plain(BigDecimal value) {
        return Decimals.normalize(value).toPlainString();
    }

    /** A ratio as a whole percentage: 1.0667 → "107". */
    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A covered fraction as a percentage with at most one decimal: 11/12 → "91.7". */
    static String fractionPercent(BigDecimal fraction) {
        return plain(fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP));
    }

    /** "1-11月", or the dates when nobody wrote a label. */
    static String label(Period period) {
        if (period.label() != null && !period.label().isBlank()) {
            return period.label();
        }
        return period.from() + "至" + period.to();
    }

    /** "全年目标" for a calendar-year target, otherwise "上半年目标" and the like. */
    static String targetPrefix(Period targetPeriod) {
        boolean calendarYear = targetPeriod.from().getDayOfYear() == 1
                && targetPeriod.to().equals(targetPeriod.from().withDayOfYear(targetPeriod.from().lengthOfYear()));
        return (calendarYear ? "全年" : label(targetPeriod)) + "目标";
    }

    /**
     * A value with its verb, unit and qualifier: "增长17.3%", "下降3%以上", "完成510亿元以上", "为48.3万元/亩".
     * Growth rates and point changes are read by their sign, so a decline prints as 下降 with the size, and the
     * qualifier is mirrored (≤ −3 % is a decline of 3 % or more).
     */
    static String valuePhrase(MeasureKind kind, boolean cumulative, BigDecimal value, String unit, Comparator qualifier) {
        String u = unit == null ? "" : unit;
        boolean change = kind == MeasureKind.GROWTH_RATE || "个百分点".equals(u);
        if (change) {
            boolean decline = value.signum() < 0;
            String verb = decline ? "下降" : (kind == MeasureKind.GROWTH_RATE ? "增长" : "提升");
            return verb + qualified(decline ? mirror(qualifier) : qualifier, plain(value.abs()) + u);
        }
        return (cumulative ? "完成" : "为") + qualified(qualifier, plain(value) + u);
    }

    /** A target without verb: "500亿元", "超60家", "100万吨标煤以内", "约760亿元", "增长10%", "下降3%以上". */
    static String targetPhrase(MeasureKind kind, BigDecimal value, String unit, Comparator comparator) {
        String u = unit == null ? "" : unit;
        boolean decline = (kind == MeasureKind.GROWTH_RATE || "个百分点".equals(u)) && value.signum() < 0;
        if (decline) {
            return "下降" + qualified(mirror(comparator), plain(value.abs()) + u);
        }
        // GTE is how a plain target number reads, so it is not spelled out.
        return qualified(comparator == Comparator.GTE ? null : comparator, plain(value) + u);
    }

    private static String qualified(Comparator qualifier, String amount) {
        if (qualifier == null) {
            return amount;
        }
        return switch (qualifier) {
            case GTE -> amount + "以上";
            case GT -> "超" + amount;
            case LTE -> amount + "以内";
            case LT -> "低于" + amount;
            case APPROX -> "约" + amount;
        };
    }

    /** The comparator seen from the size of a decline: value ≤ −3 means a decline of at least 3. */
    private static Comparator mirror(Comparator comparator) {
        if (comparator == null) {
            return null;
        }
        return switch (comparator) {
            case GTE -> Comparator.LTE;
            case GT -> Comparator.LT;
            case LTE -> Comparator.GTE;
            case LT -> Comparator.GT;
            case APPROX -> Comparator.APPROX;
        };
    }
}
