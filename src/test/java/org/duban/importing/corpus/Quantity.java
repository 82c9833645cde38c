package org.duban.importing.corpus;

import java.math.BigDecimal;
import java.text.Normalizer;

/**
 * A value with its unit of measure, compared the way a reader compares them: 2 万名 is 20000 名, 1.5 亿元 is 15000 万元,
 * "个百分点" is 百分点, full-width and ASCII forms alike.
 */
record Quantity(BigDecimal value, String unit) {

    private static final BigDecimal WAN = new BigDecimal("1e4");
    private static final BigDecimal YI = new BigDecimal("1e8");

    static Quantity of(BigDecimal value, String unit) {
        String u = text(unit == null ? "" : unit);
        BigDecimal v = value;
        if (u.startsWith("个百分点")) {
            u = u.substring(1);
        }
        // A magnitude written into the unit scales the value; a bare 万/亿 (超10万) too.
        if (u.startsWith("亿")) {
            v = v.multiply(YI);
            u = u.substring(1);
        } else if (u.startsWith("万")) {
            v = v.multiply(WAN);
            u = u.substring(1);
        }
        return new Quantity(v.stripTrailingZeros(), u);
    }

    boolean sameAs(Quantity other) {
        return value.compareTo(other.value) == 0 && unit.equals(other.unit);
    }

    /** NFKC (full-width to ASCII) without any whitespace: how names and texts are compared. */
    static String text(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
