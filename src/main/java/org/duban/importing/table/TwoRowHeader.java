package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A header split over two rows: a group cell spanning columns above the names of its columns (责任单位 over 牵头单位 |
 * 配合单位, 2024年 over 目标 | 完成), the other header cells merged down over both rows. The row below a recognised
 * header is its second row when it brings header words of its own only where the first row spans: each such column
 * is named by its lower cell (牵头单位), or by both when the upper one only groups them (2024年 + 目标 → 2024年目标).
 */
final class TwoRowHeader {

    /** A cell of a header's second row is short. */
    private static final int MAX_SUB_HEADER_LENGTH = 12;

    private TwoRowHeader() {
    }

    /** The header read from both rows, when {@code below} is the second row of {@code top}'s header. */
    static Optional<HeaderLayout> combine(SourceRow top, SourceRow below, HeaderLayout single) {
        int width = Math.max(top.cells().size(), below.cells().size());
        List<String> names = new ArrayList<>();
        String group = "";
        boolean anyOwn = false;
        for (int c = 0; c < width; c++) {
            String upper = cell(top, c);
            if (!upper.isEmpty()) {
                group = upper;
            }
            String lower = below.mergedFromAbove().contains(c) ? "" : cell(below, c);
            if (lower.isEmpty() || lower.equals(upper)) {
                names.add(upper);
                continue;
            }
            if (lower.length() > MAX_SUB_HEADER_LENGTH) {
                return Optional.empty(); // a task row, not the header's second row
            }
            boolean lowerNamesItself = HeaderMatcher.roleOf(lower) != ColumnRole.NOTES
                    && HeaderMatcher.roleOf(group) != ColumnRole.NOTES;
            names.add(lowerNamesItself ? lower : group + lower);
            anyOwn = true;
        }
        if (!anyOwn || !belowIsHeaderWords(below)) {
            return Optional.empty();
        }
        Optional<HeaderLayout> combined = HeaderLayout.recognise(names);
        return combined.filter(h -> knownRoles(h) > knownRoles(single));
    }

    /** Every cell of the row that is its own (not merged from above) is a header word. */
    private static boolean belowIsHeaderWords(SourceRow below) {
        boolean any = false;
        for (int c = 0; c < below.cells().size(); c++) {
            String text = cell(below, c);
            if (text.isEmpty() || below.mergedFromAbove().contains(c)) {
                continue;
            }
            if (HeaderMatcher.roleOf(text) == ColumnRole.NOTES && !isGroupedWord(text)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Words a group header's columns are named by without a role of their own: 完成, 计划, 实际. */
    private static boolean isGroupedWord(String text) {
        return text.matches("完成|计划|实际|预计|累计|目标|同比|增速|数值|金额|数量");
    }

    private static long knownRoles(HeaderLayout header) {
        return header.roles().stream().filter(r -> r != ColumnRole.NOTES).count();
    }

    private static String cell(SourceRow row, int c) {
        return c < row.cells().size() ? TextNormalizer.compact(row.cells().get(c)) : "";
    }
}
