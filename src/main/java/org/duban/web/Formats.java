package org.duban.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;

/** Number formats of the templates, as {@code {fmt:percent(share)}}. */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private Formats() {
    }

    /** A share as a percentage: 0.5 → "50%"; null → "—". */
    static String percent(BigDecimal share) {
        return Views.percent(share);
    }

    /** An exact decimal as written, without trailing zeros: 510.00 → "510". */
    static String number(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }
}
