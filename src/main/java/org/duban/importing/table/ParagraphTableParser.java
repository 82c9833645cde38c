package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table whose cells come one per line or one per paragraph, without separators — what copying a table out of
 * a web page or a PDF viewer gives: a header of N lines, then the cells row after row.
 *
 * <p>With a 序号 column, a new row starts at the line holding the next number, and a cell of several paragraphs makes
 * its row longer, the extra paragraphs going to the last cell. Without one, rows are found from the header's width
 * and the shape of the cells ({@link CellShapes}): the body is split into cells by the cheapest assignment of lines
 * to columns, where a unit column wants a list of unit names, a 完成时限 column a date, a value column a short value,
 * a text column any text and possibly several paragraphs (numbered ones most readily), an empty cell costs a little,
 * a short phrase between rows may be a group row (经济发展), and the header repeated under a group is skipped.
 * When the body has blank lines between cells, each paragraph (lines between blank lines) is taken whole.
 */
final class ParagraphTableParser {

    /** A header cell standing alone on its line is short. */
    static final int MAX_HEADER_LINE_LENGTH = 12;
    private static final Pattern ORDINAL_LINE = Pattern.compile("^(\\d{1,4})[.、]?$");
    /** A cell takes at most this many lines or paragraphs. */
    private static final int MAX_ITEMS_PER_CELL = 12;
    private static final double IMPOSSIBLE = 1e9;
    /** Lines or paragraphs aligned at most: a 1,000-task table of six columns is 6,000. */
    private static final int MAX_ITEMS = 30_000;

    private ParagraphTableParser() {
    }

    /** Rows of the body; throws {@link NoTableFoundException} when rows cannot be told apart. */
    static List<SourceRow> parse(HeaderLayout header, List<TextLine> body, List<TableWarning> warnings) {
        if (header.roles().get(0) == ColumnRole.ORDINAL) {
            return byOrdinal(header.width(), body.stream().filter(line -> !line.isBlank()).toList(), warnings);
        }
        List<TextLine> items = items(body);
        if (items.isEmpty()) {
            return List.of();
        }
        if (items.size() > MAX_ITEMS) {
            warnings.add(new TableWarning(items.get(MAX_ITEMS).location(), "表格超过" + MAX_ITEMS + "段文字，其后的文字未读入"));
            items = items.subList(0, MAX_ITEMS);
        }
        return new Alignment(header, items).rows(warnings);
    }

    /** Lines, or paragraphs when blank lines separate most of them. */
    private static List<TextLine> items(List<TextLine> body) {
        int gaps = 0;
        int blankGaps = 0;
        boolean previousBlank = false;
        boolean seenText = false;
        for (TextLine line : body) {
            if (line.isBlank()) {
                previousBlank = true;
                continue;
            }
            if (seenText) {
                gaps++;
                if (previousBlank) {
                    blankGaps++;
                }
            }
            seenText = true;
            previousBlank = false;
        }
        boolean paragraphs = gaps > 0 && blankGaps * 2 >= gaps;
        List<TextLine> items = new ArrayList<>();
        TextLine current = null;
        for (TextLine line : body) {
            if (line.isBlank()) {
                if (current != null) {
                    items.add(current);
                    current = null;
                }
                continue;
            }
            if (!paragraphs) {
                items.add(line);
            } else if (current == null) {
                current = line;
            } else {
                current = new TextLine(current.number(), current.text() + "\n" + line.text());
            }
        }
        if (current != null) {
            items.add(current);
        }
        return items;
    }

    /** The cheapest split of the items into rows of the header's columns (dynamic programming over item × column). */
    private static final class Alignment {
        private final HeaderLayout header;
        private final List<TextLine> items;
        private final int width;
        private final int n;
        /** cost[i][c]: cheapest cost of reading items i.. from column c to the end. */
        private final double[][] cost;
        /** Move taken at (i, c): items the cell takes (0 = empty cell), or -1 a group row, -2 a repeated header. */
        private final int[][] move;

        Alignment(HeaderLayout header, List<TextLine> items) {
            this.header = header;
            this.items = items;
            this.width = header.width();
            this.n = items.size();
            this.cost = new double[n + 1][width];
            this.move = new int[n + 1][width];
            solve();
        }

        private void solve() {
            for (int c = 0; c < width; c++) {
                // The last row may end short: its missing cells cost as empty ones.
                cost[n][c] = c == 0 ? 0 : (width - c) * 1.5;
            }
            for (int i = n - 1; i >= 0; i--) {
                // Column 0 first: a task cell takes at least one item, so it only looks further down; the last
                // column, when empty, leads to column 0 of the same item.
                solve(i, 0);
                for (int c = width - 1; c >= 1; c--) {
                    solve(i, c);
                }
            }
        }

        private void solve(int i, int c) {
            double best = IMPOSSIBLE;
            int bestMove = 0;
            int next = (c + 1) % width;
            double empty = emptyCost(header.roles().get(c));
            if (empty < IMPOSSIBLE) {
                best = empty + (next == 0 ? rowStartCost(i) : cost[i][next]);
            }
            StringBuilder text = new StringBuilder();
            double extras = 0;
            for (int k = 1; k <= MAX_ITEMS_PER_CELL && i + k <= n; k++) {
                String item = items.get(i + k - 1).text();
                if (k > 1) {
                    text.append('\n');
                    extras += extraParagraphCost(header.roles().get(c), item);
                    if (k == 2 && CellShapes.isGroupHeading(items.get(i).text())) {
                        extras += 1; // a heading line above a cell's text is more likely a group row
                    }
                }
                text.append(item);
                double cell = cellCost(header.roles().get(c), text.toString(), k > 1);
                if (cell >= IMPOSSIBLE) {
                    break;
                }
                cell += extras;
                double total = cell + (next == 0 ? rowStartCost(i + k) : cost[i + k][next]);
                if (total < best) {
                    best = total;
                    bestMove = k;
                }
            }
            if (c == 0) {
                String item = items.get(i).text();
                if (CellShapes.isGroupHeading(item)) {
                    double total = groupCost(item) + cost[i + 1][0];
                    if (total < best) {
                        best = total;
                        bestMove = -1;
                    }
                }
                if (isRepeatedHeader(i)) {
                    double total = cost[i + width][0];
                    if (total <= best) {
                        best = total;
                        bestMove = -2;
                    }
                }
            }
            cost[i][c] = best;
            move[i][c] = bestMove;
        }

        /** Starting a row at item i: a row of nothing but empty cells is never taken. */
        private double rowStartCost(int i) {
            return i >= n ? 0 : cost[i][0];
        }

        List<SourceRow> rows(List<TableWarning> warnings) {
            List<SourceRow> rows = new ArrayList<>();
            int i = 0;
            int c = 0;
            List<String> cells = new ArrayList<>();
            String location = null;
            int guard = 0;
            while (i < n && guard++ < (n + 1) * (width + 1) * 2) {
                int m = move[i][c];
                if (c == 0 && m == -1) {
                    rows.add(SourceRow.group(items.get(i).location(), items.get(i).text()));
                    i++;
                    continue;
                }
                if (c == 0 && m == -2) {
                    warnings.add(new TableWarning(items.get(i).location(), "重复的表头，已跳过"));
                    i += width;
                    continue;
                }
                if (c == 0) {
                    location = items.get(i).location();
                }
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < m; k++) {
                    if (k > 0) {
                        text.append('\n');
                    }
                    text.append(items.get(i + k).text());
                }
                cells.add(text.toString());
                i += m;
                c = (c + 1) % width;
                if (c == 0) {
                    rows.add(new SourceRow(location, cells));
                    cells = new ArrayList<>();
                }
            }
            if (!cells.isEmpty()) {
                warnings.add(new TableWarning(location, "最后一行只有" + cells.size() + "个单元格，少于表头的" + width + "列"));
                rows.add(new SourceRow(location, cells));
            }
            return rows;
        }

        private boolean isRepeatedHeader(int i) {
            if (i + width > n) {
                return false;
            }
            for (int c = 0; c < width; c++) {
                if (!TextNormalizer.compact(items.get(i + c).text()).equals(TextNormalizer.compact(header.names().get(c)))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What leaving a cell of that column empty costs: cheap for optional columns, impossible for the task. */
    private static double emptyCost(ColumnRole role) {
        return switch (role) {
            case CONTENT -> IMPOSSIBLE;
            case LEAD_UNITS, PROGRESS -> 2.5;
            case ORDINAL -> 3;
            default -> 1.2;
        };
    }

    /** A numbered heading is most likely a group row; a bare phrase less so (it may be a short task). */
    private static double groupCost(String text) {
        return text.matches("^([一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百]+[)）]).*") ? 0.1 : 0.6;
    }

    /**
     * What one more paragraph in a cell costs: little when numbered (1. 2. …), more otherwise, much more when it looks
     * like the unit cell of the next row.
     */
    private static double extraParagraphCost(ColumnRole role, String item) {
        double extra = CellShapes.isEnumerated(item) ? 0.15 : 0.8;
        if (CellShapes.isUnitList(item) && role != ColumnRole.LEAD_UNITS && role != ColumnRole.SUPPORTING_UNITS) {
            extra += 2;
        }
        if (CellShapes.isDate(item) && role != ColumnRole.DUE_DATE) {
            extra += 1;
        }
        return extra;
    }

    /** What putting this text in a column of that role costs: 0 when its shape fits the column, more the less it does. */
    private static double cellCost(ColumnRole role, String text, boolean multi) {
        double fit = switch (role) {
            case ORDINAL -> multi ? IMPOSSIBLE : CellShapes.isOrdinal(text) ? 0 : 6;
            case LEAD_UNITS, SUPPORTING_UNITS -> CellShapes.isUnitList(text) ? 0 : 4;
            case DUE_DATE -> multi ? IMPOSSIBLE : CellShapes.isDate(text) ? 0 : 3;
            case CONTENT -> (CellShapes.isUnitList(text) ? 3.5 : 0) + (CellShapes.isOrdinal(text) ? 4 : 0)
                    + (CellShapes.isDate(text) ? 3 : 0);
            case PROGRESS, NOTES, REMARKS -> (CellShapes.isUnitList(text) && !multi ? 2.5 : 0)
                    + (CellShapes.isDate(text) ? 1 : 0);
            case ACTUAL, COMPLETION_RATE, TARGET, STAGE_TARGET -> multi ? 2
                    : (CellShapes.isUnitList(text) ? 3 : CellShapes.isShortValue(text) ? 0 : 1.5);
            case CATEGORY -> multi ? IMPOSSIBLE : TextNormalizer.compact(text).length() <= 12 ? 0 : 3;
        };
        return fit;
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
