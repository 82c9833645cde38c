package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of a {@code |}-separated text table into rows when cells may span several lines, as in tables
 * copied out of web pages and Word files (the seed). A row is complete once it has as many cells as the header; the
 * text between two separators, across line breaks, is one cell.
 *
 * <p>The layout of the separators is learnt from the header line: with a leading {@code |} the first separator of a
 * row only opens it; with a trailing {@code |} each cell, the last included, is closed by a separator; without one the
 * last cell runs to the end of its line and over the following lines that have no separator.
 *
 * <p>Rows are assumed to end at line ends. When a line on its own forms a complete row (it starts like a row and has
 * exactly as many cells as the header) while the previous row is still open, the open fragment cannot belong to that
 * line: a single cell of text is a paragraph that continues the last cell of the row before (the seed's last row),
 * two or more cells are a row with cells missing.
 *
 * <p>A line without separators between rows that reads as a group heading ({@link CellShapes#isGroupHeading}: 经济发展,
 * 一、XX市长牵头重点工作) is a group row, not more text of the row above.
 */
final class PipeTableParser {

    private final int width;
    private final boolean leadingPipes;
    private final boolean trailingPipes;
    private final List<TableWarning> warnings;

    private final List<RowBuild> rows = new ArrayList<>();
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private int rowStartLine = -1;
    /** The current row has all its cells; more cells on the same line are extras of that row. */
    private boolean complete;
    /** Without trailing separators: the row has its last cell open at a line end and may be complete. */
    private boolean lastCellOpen;
    /** The current row's leading separator has been seen (tables with leading separators only). */
    private boolean opened;

    PipeTableParser(int width, boolean leadingPipes, boolean trailingPipes, List<TableWarning> warnings) {
        this.width = width;
        this.leadingPipes = leadingPipes;
        this.trailingPipes = trailingPipes;
        this.warnings = warnings;
    }

    /** Rows of the body, the lines after the header. */
    List<SourceRow> parse(List<TextLine> body) {
        for (TextLine line : body) {
            if (!line.isBlank()) {
                accept(line);
            }
        }
        finishAtEnd(body.isEmpty() ? 0 : body.get(body.size() - 1).number());
        return rows.stream().map(r -> r.group ? SourceRow.group(TextLine.location(r.line), r.cells.get(0))
                : new SourceRow(TextLine.location(r.line), r.cells)).toList();
    }

    private void accept(TextLine line) {
        String[] pieces = line.text().split("\\|", -1);
        if (pieces.length == 1) {
            boolean betweenRows = rowStartLine < 0 || lastCellOpen;
            if (betweenRows && CellShapes.isGroupHeading(pieces[0])) {
                if (lastCellOpen) {
                    emitRow();
                }
                RowBuild group = new RowBuild(line.number(), new ArrayList<>(List.of(pieces[0].strip())));
                group.group = true;
                rows.add(group);
                return;
            }
            appendText(line, pieces[0]);
            return;
        }
        if (lastCellOpen) {
            emitRow();
        }
        if (rowStartLine > 0 && standsAloneAsRow(pieces)) {
            resolveOpenFragment(line);
        }
        appendText(line, pieces[0]);
        for (int j = 1; j < pieces.length; j++) {
            boolean atLineStart = allBlank(pieces, 0, j);
            boolean atLineEnd = allBlank(pieces, j, pieces.length);
            separator(line, atLineStart, atLineEnd);
            appendText(line, pieces[j]);
        }
        if (complete) {
            if (!buffer.isEmpty()) {
                cells.add(buffer.toString());
                buffer.setLength(0);
            }
            if (cells.size() > width) {
                warnings.add(new TableWarning(TextLine.location(rowStartLine), "本行单元格数多于表头的" + width + "列"));
            }
            emitRow();
        } else if (!trailingPipes && cells.size() == width - 1 && !buffer.isEmpty()) {
            lastCellOpen = true;
        }
    }

    private void separator(TextLine line, boolean atLineStart, boolean atLineEnd) {
        if (cells.isEmpty() && buffer.isEmpty() && !opened) {
            if (leadingPipes && atLineStart) {
                opened = true; // opens the row
                return;
            }
            if (atLineStart && atLineEnd) {
                return; // a stray separator alone on its line, after a row already complete
            }
        }
        if (rowStartLine < 0) {
            rowStartLine = line.number();
        }
        cells.add(buffer.toString());
        buffer.setLength(0);
        if (cells.size() >= width) {
            complete = true;
        }
    }

    private void appendText(TextLine line, String piece) {
        String text = piece.strip();
        if (text.isEmpty()) {
            return;
        }
        if (rowStartLine < 0) {
            rowStartLine = line.number();
        }
        if (!buffer.isEmpty()) {
            buffer.append('\n');
        }
        buffer.append(text);
    }

    /** A line that starts like a row and has exactly as many cells as the header. */
    private boolean standsAloneAsRow(String[] pieces) {
        int first = 0;
        if (leadingPipes) {
            if (!pieces[0].isBlank()) {
                return false;
            }
            first = 1;
        } else if (pieces[0].isBlank()) {
            return false;
        }
        int last = pieces.length;
        if (pieces[last - 1].isBlank()) {
            last--; // closed by a trailing separator
        }
        return last - first == width;
    }

    /** The previous row is still open when a complete row starts: decide what its fragment was. */
    private void resolveOpenFragment(TextLine line) {
        List<String> fragment = new ArrayList<>(cells);
        if (!buffer.isEmpty()) {
            fragment.add(buffer.toString());
        }
        String location = TextLine.location(rowStartLine);
        if (fragment.size() == 1 && !rows.isEmpty()) {
            appendToLastCellOfPreviousRow(fragment.get(0), location);
        } else {
            warnings.add(new TableWarning(location, "本行只有" + fragment.size() + "个单元格，少于表头的" + width + "列"));
            rows.add(new RowBuild(rowStartLine, fragment));
        }
        reset();
    }

    private void finishAtEnd(int lastLine) {
        if (rowStartLine < 0) {
            return;
        }
        List<String> fragment = new ArrayList<>(cells);
        if (!buffer.isEmpty()) {
            fragment.add(buffer.toString());
        }
        String location = TextLine.location(rowStartLine);
        if (fragment.size() >= width || lastCellOpen) {
            rows.add(new RowBuild(rowStartLine, fragment));
        } else if (fragment.size() == 1 && !rows.isEmpty()) {
            appendToLastCellOfPreviousRow(fragment.get(0), location);
        } else if (!fragment.isEmpty()) {
            warnings.add(new TableWarning(location, "表格在第" + lastLine + "行结束时本行只有" + fragment.size()
                    + "个单元格，少于表头的" + width + "列"));
            rows.add(new RowBuild(rowStartLine, fragment));
        }
        reset();
    }

    private void appendToLastCellOfPreviousRow(String text, String location) {
        RowBuild previous = rows.get(rows.size() - 1);
        if (previous.group) {
            warnings.add(new TableWarning(location, "分组标题之后的文字不属于任何一行，未读入"));
            return;
        }
        int last = Math.min(previous.cells.size(), width) - 1;
        if (last < 0) {
            return;
        }
        previous.cells.set(last, previous.cells.get(last) + "\n" + text);
        warnings.add(new TableWarning(location, "表格行之后的段落并入上一行（" + TextLine.location(previous.line)
                + "）的最后一列"));
    }

    private void emitRow() {
        if (!buffer.isEmpty()) {
            cells.add(buffer.toString());
        }
        rows.add(new RowBuild(rowStartLine, new ArrayList<>(cells)));
        reset();
    }

    private void reset() {
        cells.clear();
        buffer.setLength(0);
        rowStartLine = -1;
        complete = false;
        lastCellOpen = false;
        opened = false;
    }

    private static boolean allBlank(String[] pieces, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!pieces[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A row being collected; its last cell may still grow with a continuation paragraph. */
    private static final class RowBuild {
        final int line;
        final List<String> cells;
        boolean group;

        RowBuild(int line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }
    }
}
