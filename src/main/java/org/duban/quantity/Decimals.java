package org.duban.quantity;

import java.math.BigDecimal;

/** Exact decimal helpers: values keep the digits people wrote, without float noise or padding zeros. */
public final class Decimals {

    private Decimals() {
    }

    /** 20.260000 → 20.26 and 5E+2 → 500: the shortest plain form of the same number. */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
