package org.duban.importing.extract;

import java.math.BigDecimal;

/**
 * A number with its unit at {@code [start, end)} of a text: {@code numberEnd} is where the digits stop and the unit
 * starts. The value is exact and already signed; the unit is normalised (％ → %, 百分点 → 个百分点, bare 亿 → 亿元).
 */
record NumberSpan(int start, int numberEnd, int end, BigDecimal value, String unit) {
}
