package org.duban.quantity;

/** How an actual value is compared with a target value (以上 → GTE, 超过 → GT, 以内 → LTE, 低于 → LT, 左右 → APPROX). */
public enum Comparator {
    GTE, GT, LTE, LT,
    /** Met within ±5 % of the target (约 / 左右). */
    APPROX;

    /** Tolerance of {@link #APPROX}, as a fraction of the target. */
    public static final java.math.BigDecimal APPROX_TOLERANCE = new java.math.BigDecimal("0.05");
}
