package org.duban.importing.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML table as a grid of cell text with {@code rowspan} and {@code colspan} resolved the way a browser lays them
 * out: a cell spanning rows gives its text to every row it covers (flagged as copied from above, like a merged Excel
 * cell), a cell spanning columns fills its first column and leaves the others blank. {@code <br>} and paragraphs
 * inside a cell become line breaks. Spans are clipped to the table, and the cells of one page are counted against a
 * budget, so that a few bytes of markup cannot expand into millions of cells.
 */
final class HtmlGrid {

    static final int MAX_COLUMNS = 100;
    static final int MAX_ROWS = 20_000;

    private HtmlGrid() {
    }

    /** Cells read so far on one page. */
    static final class Budget {
        static final int MAX_CELLS = 1_000_000;
        private int cells;

        void spend(int count) {
            cells += count;
            if (cells > MAX_CELLS) {
                throw new OversizedDocumentException("网页表格的单元格超过" + MAX_CELLS + "个，已拒绝");
            }
        }
    }

    /** The grid of a table; locations read "表格N第M行". */
    static List<SourceRow> of(Element table, int number, Budget budget, List<TableWarning> warnings) {
        List<Element> rows = rows(table);
        if (rows.size() > MAX_ROWS) {
            warnings.add(new TableWarning("表格" + number, "表格超过" + MAX_ROWS + "行，其后的行未读入"));
            rows = rows.subList(0, MAX_ROWS);
        }
        List<SourceRow> grid = new ArrayList<>();
        // Per column: rows still covered by a rowspan above, and the text it carries.
        int[] pendingRows = new int[MAX_COLUMNS];
        String[] pendingText = new String[MAX_COLUMNS];
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            Set<Integer> fromAbove = new HashSet<>();
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                column = fillPending(column, cells, fromAbove, pendingRows, pendingText, false);
                if (column >= MAX_COLUMNS) {
                    break;
                }
                int colspan = Math.min(span(cell, "colspan"), MAX_COLUMNS - column);
                int rowspan = span(cell, "rowspan");
                rowspan = rowspan == 0 ? rows.size() - r : Math.min(rowspan, rows.size() - r);
                String text = text(cell);
                for (int c = 0; c < colspan; c++) {
                    cells.add(c == 0 ? text : "");
                    if (rowspan > 1) {
                        pendingRows[column + c] = rowspan - 1;
                        pendingText[column + c] = c == 0 ? text : "";
                    }
                }
                column += colspan;
            }
            fillPending(column, cells, fromAbove, pendingRows, pendingText, true);
            budget.spend(Math.max(1, cells.size()));
            grid.add(new SourceRow("表格" + number + "第" + (r + 1) + "行", cells, fromAbove));
        }
        return grid;
    }

    /** Places the cells that rowspans from above put at this column (and, at the row's end, at every column left). */
    private static int fillPending(int column, List<String> cells, Set<Integer> fromAbove, int[] pendingRows,
            String[] pendingText, boolean toEnd) {
        int c = column;
        int last = toEnd ? lastPending(pendingRows) : MAX_COLUMNS - 1;
        while (c < MAX_COLUMNS && c <= last && (toEnd || pendingRows[c] > 0)) {
            if (pendingRows[c] > 0) {
                cells.add(pendingText[c]);
                if (!pendingText[c].isEmpty()) {
                    fromAbove.add(c);
                }
                pendingRows[c]--;
            } else {
                cells.add("");
            }
            c++;
        }
        return c;
    }

    private static int lastPending(int[] pendingRows) {
        for (int c = pendingRows.length - 1; c >= 0; c--) {
            if (pendingRows[c] > 0) {
                return c;
            }
        }
        return -1;
    }

    /** The table's own rows: those of thead, tbody and tfoot, not those of tables nested in its cells. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream()
                        .filter(row -> row.normalName().equals("tr")).forEach(rows::add);
                default -> {
                    // caption, colgroup: not rows
                }
            }
        }
        return rows;
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int span = Integer.parseInt(value.replaceAll("[^0-9].*$", ""));
            return Math.max(0, span);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** A cell's text as a browser shows it: whitespace collapsed, {@code <br>} and blocks as line breaks. */
    static String text(Element cell) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element && depth > 0
                        && (element.normalName().equals("br") || element.isBlock())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && depth > 0 && element.isBlock()) {
                    out.append('\n');
                }
            }
        }, cell);
        return TextNormalizer.normalizeCell(out.toString());
    }
}
