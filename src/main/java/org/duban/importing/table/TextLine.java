package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of a text document with its 1-based line number.
 */
record TextLine(int number, String text) {

    /** "第14行", the location format of text and CSV rows. */
    static String location(int lineNumber) {
        return "第" + lineNumber + "行";
    }

    String location() {
        return location(number);
    }

    boolean isBlank() {
        return TextNormalizer.isBlank(text);
    }

    /** Splits text on every kind of line break, numbering the lines from 1. */
    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        String[] parts = text.split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1);
        for (int i = 0; i < parts.length; i++) {
            lines.add(new TextLine(i + 1, parts[i]));
        }
        return lines;
    }
}
