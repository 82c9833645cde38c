package org.duban.importing.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences (on 。；;！？ and line breaks) and sentences into clauses (on ，, ：:). A comma between
 * digits with three digits after it is a thousands separator (1,000亿元), not a clause boundary.
 */
final class TextSpans {

    /** {@code [start, end)} of a text. */
    record Span(int start, int end) {

        boolean contains(int position) {
            return position >= start && position < end;
        }
    }

    private TextSpans() {
    }

    static List<Span> sentences(String text) {
        return split(text, 0, text.length(), "。；;！？!?\n\r|");
    }

    static List<Span> clauses(String text, Span sentence) {
        return split(text, sentence.start(), sentence.end(), "，,：:");
    }

    static Span containing(List<Span> spans, int position) {
        for (Span span : spans) {
            if (span.contains(position)) {
                return span;
            }
        }
        return spans.isEmpty() ? new Span(position, position) : spans.get(spans.size() - 1);
    }

    private static List<Span> split(String text, int from, int to, String separators) {
        List<Span> spans = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (separators.indexOf(text.charAt(i)) >= 0 && !isThousandsSeparator(text, i)) {
                spans.add(new Span(start, i));
                start = i + 1;
            }
        }
        spans.add(new Span(start, to));
        return spans;
    }

    private static boolean isThousandsSeparator(String text, int i) {
        return text.charAt(i) == ',' && i > 0 && Character.isDigit(text.charAt(i - 1))
                && i + 3 < text.length() && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i + 2))
                && Character.isDigit(text.charAt(i + 3)) && (i + 4 >= text.length() || !Character.isDigit(text.charAt(i + 4)));
    }
}
