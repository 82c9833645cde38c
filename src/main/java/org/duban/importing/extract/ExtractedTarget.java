package org.duban.importing.extract;

import java.math.BigDecimal;
import org.duban.quantity.Comparator;
import org.duban.quantity.Period;

/** A target as written: comparator, exact value, unit (亿元, %, 个百分点, 家 …), period (the plan year by default). */
public record ExtractedTarget(Comparator comparator, BigDecimal value, String unit, Period period, String sourceText) {
}
