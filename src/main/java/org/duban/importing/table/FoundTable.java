package org.duban.importing.table;

import java.util.List;

/**
 * One table of a document as the preview lists it: what it is called, how many rows it has and, when its header was
 * recognised, the task table read from it.
 *
 * @param caption    its caption or the heading just above it (附件1 …, 表1：…), "" when it has none
 * @param rowCount   task rows when read, otherwise rows of the grid
 * @param table      the task table, or null when no row of it is a header with a task column
 * @param firstLines its first rows as text, to quote when no table of the document can be read
 */
public record FoundTable(String caption, int rowCount, ParsedTable table, List<String> firstLines) {

    public FoundTable {
        caption = caption == null ? "" : caption;
        firstLines = List.copyOf(firstLines);
    }

    /** A table read with its header. */
    static FoundTable of(String caption, ParsedTable table) {
        return new FoundTable(caption, table.rows().size(), table, List.of());
    }

    /** A table without a recognisable header. */
    static FoundTable unread(String caption, List<String> rows) {
        return new FoundTable(caption, rows.size(), null, rows.stream().limit(10).toList());
    }

    /** True when the table has a task (CONTENT) column, so it can be imported. */
    public boolean hasTaskColumn() {
        return table != null;
    }
}
