package org.duban.importing.table;

import java.util.List;

/**
 * The tables a document holds, in document order (a web page or a Word file may carry 附件1, 附件2 …), and the choice of
 * the one to import: the caller's number, or by default the first with a task column.
 *
 * @param where  what the document is, for messages ("网页", "Word 文档", "工作簿" …)
 * @param tables every table found, with or without a recognisable header
 */
public record DocumentTables(String where, List<FoundTable> tables) {

    public DocumentTables {
        tables = List.copyOf(tables);
    }

    /** A document of one table. */
    static DocumentTables single(String where, ParsedTable table) {
        return new DocumentTables(where, List.of(FoundTable.of("", table)));
    }

    /**
     * The table to import.
     *
     * @param number 1-based number of the table, or null for the first that has a task column
     * @throws NoTableFoundException    when no table (or not the one asked for) has a task column
     * @throws IllegalArgumentException when the number is out of range (the caller answers 400)
     */
    public ParsedTable select(Integer number) {
        if (number != null) {
            if (number < 1 || number > tables.size()) {
                throw new IllegalArgumentException("must be between 1 and " + tables.size() + "：文档中有"
                        + tables.size() + "个表格");
            }
            FoundTable chosen = tables.get(number - 1);
            if (!chosen.hasTaskColumn()) {
                throw NoTableFoundException.noHeader(where + "第" + number + "个表格", chosen.firstLines());
            }
            return chosen.table();
        }
        return tables.stream().filter(FoundTable::hasTaskColumn).findFirst().map(FoundTable::table)
                .orElseThrow(() -> NoTableFoundException.noHeader(where, tables.isEmpty() ? List.of()
                        : tables.get(0).firstLines()));
    }
}
