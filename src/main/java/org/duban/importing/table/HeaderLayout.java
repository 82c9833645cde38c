package org.duban.importing.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A recognised header row: the text and the role of each column. Recognition needs a CONTENT column and at least one
 * other known role, so a title line (one cell) or a row of data is never taken for a header.
 *
 * @param names   header text of each column, normalised (one line, single spaces)
 * @param roles   role of each column; a role appears at most once, later columns of the same role become NOTES
 * @param notices what recognition had to assume, for the table's warnings
 */
record HeaderLayout(List<String> names, List<ColumnRole> roles, List<String> notices) {

    /** Longer than this, a "header" cell is a sentence of data, not a column name. */
    private static final int MAX_HEADER_CELL_LENGTH = 24;

    HeaderLayout {
        names = List.copyOf(names);
        roles = List.copyOf(roles);
        notices = List.copyOf(notices);
    }

    int width() {
        return roles.size();
    }

    /** Index of the column with that role, or -1. */
    int indexOf(ColumnRole role) {
        return roles.indexOf(role);
    }

    /** Recognises a header among the cells of one row, if they form one. */
    static Optional<HeaderLayout> recognise(List<String> cells) {
        List<String> names = new ArrayList<>();
        List<ColumnRole> roles = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Set<ColumnRole> seen = EnumSet.noneOf(ColumnRole.class);
        int nonBlank = 0;
        for (String cell : cells) {
            String name = TextNormalizer.normalizeCell(cell).replace('\n', ' ');
            if (!name.isEmpty()) {
                nonBlank++;
            }
            ColumnRole role = name.length() > MAX_HEADER_CELL_LENGTH ? ColumnRole.NOTES : HeaderMatcher.roleOf(name);
            if (role != ColumnRole.NOTES && !seen.add(role)) {
                notices.add("列“" + name + "”与前面的列同为" + role + "，作为附注列保留");
                role = ColumnRole.NOTES;
            }
            names.add(name);
            roles.add(role);
        }
        if (nonBlank < 2) {
            return Optional.empty();
        }
        if (!seen.contains(ColumnRole.CONTENT) && seen.contains(ColumnRole.TARGET)
                && (seen.contains(ColumnRole.LEAD_UNITS) || seen.contains(ColumnRole.PROGRESS))) {
            // Some tables call the task column 目标任务; with no other content column it is the task.
            int target = roles.indexOf(ColumnRole.TARGET);
            roles.set(target, ColumnRole.CONTENT);
            seen.remove(ColumnRole.TARGET);
            seen.add(ColumnRole.CONTENT);
            notices.add("没有“任务内容”列，把“" + names.get(target) + "”列当作任务内容");
        }
        long knownOtherRoles = seen.stream().filter(r -> r != ColumnRole.CONTENT && r != ColumnRole.NOTES).count();
        if (!seen.contains(ColumnRole.CONTENT) || knownOtherRoles < 1) {
            return Optional.empty();
        }
        return Optional.of(new HeaderLayout(names, roles, notices));
    }
}
