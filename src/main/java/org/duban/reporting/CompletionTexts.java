package org.duban.reporting;

import java.math.BigDecimal;
import org.duban.assessment.IndicatorFacts;
import org.duban.assessment.Light;
import org.duban.assessment.MeasurementFacts;
import org.duban.assessment.Verdict;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Decimals;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.Period;

/**
 * Targets, actuals, verdicts and lights written the way Chinese completion tables write them ("工业投资500亿元以上",
 * "1-11月为企业减负51.5亿元"), so that an exported table reads like the documents people know and can be imported
 * again. Numbers are written exactly (plain decimals, no trailing zeros).
 */
final class CompletionTexts {

    private CompletionTexts() {
    }

    /**
     * "工业投资500亿元以上", "力争数字经济核心产业增加值增长10%以上", "单位能耗下降3%以上", "为企业减负50亿元以上（1-6月）": the name,
     * 增长/下降 for growth rates, the value with its unit and the comparator's words; the period in brackets only when it
     * is not the plan's year. An indicator without target is its name.
     */
    static String target(IndicatorFacts i, int planYear) {
        if (!i.hasTarget()) {
            return i.name();
        }
        String prefix = i.commitment() == Commitment.STRETCH ? "力争" : "";
        StringBuilder text = new StringBuilder(prefix).append(quantity(i.name(), i.kind(), i.effectiveComparator(),
                i.targetValue(), i.targetUnit()));
        Period period = i.targetPeriod();
        Period year = Period.year(planYear);
        if (period != null && !(period.from().equals(year.from()) && period.to().equals(year.to()))) {
            text.append('（').append(label(period)).append('）');
        }
        return text.toString();
    }

    /** "1-11月为企业减负51.5亿元", "1-12月预计工业投资510亿元以上", "全年预计新增规上工业企业超60家". */
    static String actual(IndicatorFacts i, MeasurementFacts m) {
        String estimated = m.status() == MeasurementStatus.ESTIMATED ? "预计" : "";
        return label(m.period()) + estimated + quantity(i.name(), i.kind(), m.qualifier(), m.value(), m.unit());
    }

    private static String quantity(String name, MeasureKind kind, Comparator comparator, BigDecimal value, String unit) {
        String verb = "";
        BigDecimal shown = value;
        Comparator words = comparator;
        if (kind == MeasureKind.GROWTH_RATE) {
            if (value.signum() < 0) {
                // "LTE −3 %" is a decline of at least 3 %: 下降3%以上.
                verb = "下降";
                shown = value.negate();
                words = mirror(comparator);
            } else {
                verb = "增长";
            }
        }
        String number = plain(shown) + (unit == null ? "" : unit);
        if (words == null) {
            return name + verb + number;
        }
        return switch (words) {
            case GTE -> name + verb + number + "以上";
            case GT -> name + verb + "超" + number;
            case LTE -> name + verb + number + "以内";
            case LT -> name + verb + "低于" + number;
            case APPROX -> name + verb + number + "左右";
        };
    }

    private static Comparator mirror(Comparator c) {
        if (c == null) {
            return null;
        }
        return switch (c) {
            case GTE -> Comparator.LTE;
            case GT -> Comparator.LT;
            case LTE -> Comparator.GTE;
            case LT -> Comparator.GT;
            case APPROX -> Comparator.APPROX;
        };
    }

    static String label(Period period) {
        if (period.label() != null && !period.label().isBlank()) {
            return period.label();
        }
        return period.from() + "至" + period.to();
    }

    static String plain(BigDecimal value) {
        return Decimals.normalize(value).toPlainString();
    }

    /** 1.0300 → "103%", 1.0333 → "103.33%". */
    static String percent(BigDecimal ratio) {
        return plain(ratio.movePointRight(2)) + "%";
    }

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case MET -> "已完成";
            case EXCEEDED -> "超额完成";
            case LIKELY_MET -> "预计完成";
            case LIKELY_NOT_MET -> "预计未完成";
            case ON_TRACK -> "序时推进";
            case AT_RISK -> "进度存在风险";
            case OFF_TRACK -> "进度滞后";
            case NOT_MET -> "未完成";
            case NO_DATA -> "暂无数据";
            case NOT_ASSESSABLE -> "需人工评定";
        };
    }

    static String light(Light light) {
        return switch (light) {
            case GREEN -> "绿灯";
            case YELLOW -> "黄灯";
            case RED -> "红灯";
            case GREY -> "灰灯";
        };
    }
}
