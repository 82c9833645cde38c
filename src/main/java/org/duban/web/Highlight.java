package org.duban.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a source phrase into pieces so that the numbers read from it can be shown highlighted ({@code <mark>}) where
 * they stand: "实现工业投资500亿元以上" with 500 gives "实现工业投资", [500], "亿元以上". A number matches only as a whole
 * number (500 is not found inside 5000 or 1500.5), so the highlight never points at the wrong figure.
 */
public final class Highlight {

    /** A piece of the phrase; {@code marked} when it is one of the numbers. */
    public record Piece(String text, boolean marked) {
    }

    private Highlight() {
    }

    public static List<Piece> numbers(String text, Collection<BigDecimal> values) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<String> literals = values.stream().filter(Objects::nonNull).map(v -> v.stripTrailingZeros().toPlainString())
                .distinct().sorted((a, b) -> b.length() - a.length()).toList();
        if (literals.isEmpty()) {
            return List.of(new Piece(text, false));
        }
        StringBuilder alternatives = new StringBuilder();
        for (String literal : literals) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(literal));
        }
        // Not preceded by a digit or a decimal point, not followed by a digit or by a point and a digit.
        Matcher m = Pattern.compile("(?<![0-9.])(?:" + alternatives + ")(?![0-9]|\\.[0-9])").matcher(text);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                pieces.add(new Piece(text.substring(at, m.start()), false));
            }
            pieces.add(new Piece(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return List.copyOf(pieces);
    }
}
