package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tab-separated rows as a browser or a spreadsheet copies a table to the clipboard. A cell holding line breaks comes
 * either quoted ({@code "line 1\nline 2"}, quotes inside doubled, as Excel writes it) or bare, spilling onto the next
 * lines (as browsers write it); both become cells between {@code |} separators that {@link PipeTableParser} reads
 * across lines. Line numbers are kept.
 */
final class TabText {

    /** A quoted cell: after a tab or at a line start, up to a quote followed by a tab or a line end. */
    private static final Pattern QUOTED = Pattern.compile("(^|\\t)\"((?:[^\"]|\"\")*)\"(?=\\t|\\r?$)", Pattern.MULTILINE);

    private TabText() {
    }

    /** The lines with quoted cells unquoted and tabs turned into {@code |}. */
    static List<TextLine> unquoted(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                joined.append('\n');
            }
            // A literal bar would split a cell: keep it as the full-width one.
            joined.append(lines.get(i).text().replace('|', '¦'));
        }
        Matcher quoted = QUOTED.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (quoted.find()) {
            quoted.appendReplacement(out, Matcher.quoteReplacement(quoted.group(1) + quoted.group(2).replace("\"\"", "\"")));
        }
        quoted.appendTail(out);
        String[] parts = out.toString().replace('\t', '|').split("\n", -1);
        List<TextLine> result = new ArrayList<>();
        for (int i = 0; i < parts.length && i < lines.size(); i++) {
            result.add(new TextLine(lines.get(i).number(), parts[i]));
        }
        return result;
    }
}
