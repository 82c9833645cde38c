package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table whose cells come one paragraph per line, without separators (what copying a table out of some PDF
 * viewers gives): a header of N lines, then N lines per row. Rows are only found reliably when the first column is
 * 序号: a new row starts at the line holding the next number, and a cell of several paragraphs makes its row longer,
 * the extra paragraphs going to the last cell. Without 序号 the body must divide into rows of exactly N lines.
 */
final class ParagraphTableParser {

    /** A header cell standing alone on its line is short. */
    static final int MAX_HEADER_LINE_LENGTH = 12;
    private static final Pattern ORDINAL_LINE = Pattern.compile("^(\\d{1,4})[.、]?$");

    private ParagraphTableParser() {
    }

    /** Rows of the body; throws {@link NoTableFoundException} when rows cannot be told apart. */
    static List<SourceRow> parse(HeaderLayout header, List<TextLine> body, List<TableWarning> warnings) {
        List<TextLine> lines = body.stream().filter(line -> !line.isBlank()).toList();
        if (header.roles().get(0) == ColumnRole.ORDINAL) {
            return byOrdinal(header.width(), lines, warnings);
        }
        if (lines.size() % header.width() != 0) {
            throw new NoTableFoundException("表格没有分隔符（每个单元格各占一行）且没有“序号”列，" + lines.size()
                    + "行正文无法按表头的" + header.width() + "列分成行；请用“|”分隔单元格，或上传 CSV/XLSX");
        }
        List<SourceRow> rows = new ArrayList<>();
        for (int start = 0; start < lines.size(); start += header.width()) {
            List<String> cells = lines.subList(start, start + header.width()).stream().map(TextLine::text).toList();
            rows.add(new SourceRow(lines.get(start).location(), cells));
        }
        return rows;
    }

    private static List<SourceRow> byOrdinal(int width, List<TextLine> lines, List<TableWarning> warnings) {
        List<SourceRow> rows = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        Integer expected = null;
        for (TextLine line : lines) {
            Matcher ordinal = ORDINAL_LINE.matcher(TextNormalizer.compact(line.text()));
            boolean startsRow = ordinal.matches()
                    && (expected == null || Integer.parseInt(ordinal.group(1)) == expected);
            if (startsRow) {
                addRow(rows, current, width, warnings);
                current = new ArrayList<>();
                expected = Integer.parseInt(ordinal.group(1)) + 1;
            } else if (expected == null) {
                warnings.add(new TableWarning(line.location(), "表头之后、第一个序号之前的文字未读入"));
                continue;
            }
            current.add(line);
        }
        addRow(rows, current, width, warnings);
        return rows;
    }

    private static void addRow(List<SourceRow> rows, List<TextLine> lines, int width, List<TableWarning> warnings) {
        if (lines.isEmpty()) {
            return;
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i < width) {
                cells.add(lines.get(i).text());
            } else {
                cells.set(width - 1, cells.get(width - 1) + "\n" + lines.get(i).text());
            }
        }
        if (lines.size() > width) {
            warnings.add(new TableWarning(lines.get(0).location(), "本行有" + lines.size() + "段文字，多于表头的" + width
                    + "列，多出的段落并入最后一列"));
        } else if (lines.size() < width) {
            warnings.add(new TableWarning(lines.get(0).location(), "本行只有" + lines.size() + "段文字，少于表头的" + width + "列"));
        }
        rows.add(new SourceRow(lines.get(0).location(), cells));
    }
}
