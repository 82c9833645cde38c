package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the body of a Markdown table: one row per line, {@code |} between cells, {@code <br>} for a line break
 * inside a cell and {@code \|} for a literal bar. The table ends at the first line without a separator.
 */
final class MarkdownTableParser {

    /** The line under a Markdown header: | --- | :---: | ---: | */
    static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final String ESCAPED_BAR = "\uE000";

    private MarkdownTableParser() {
    }

    static List<SourceRow> parse(List<TextLine> body, List<TableWarning> warnings) {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            TextLine line = body.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!line.text().contains("|")) {
                long ignored = body.subList(i, body.size()).stream().filter(l -> !l.isBlank()).count();
                warnings.add(new TableWarning(line.location(), "Markdown 表格到此结束，其后" + ignored + "行文字未读入"));
                break;
            }
            rows.add(new SourceRow(line.location(), cellsOf(line.text())));
        }
        return rows;
    }

    /** The cells of one line, without the empty pieces outside the leading and trailing bars. */
    static List<String> cellsOf(String line) {
        String text = line.strip().replace("\\|", ESCAPED_BAR);
        if (text.startsWith("|")) {
            text = text.substring(1);
        }
        if (text.endsWith("|")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String piece : text.split("\\|", -1)) {
            cells.add(BREAK_TAG.matcher(piece.replace(ESCAPED_BAR, "|")).replaceAll("\n").strip());
        }
        return cells;
    }
}
