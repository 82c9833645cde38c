package org.duban.importing.table;

import java.util.List;

/**
 * A task table as read from a document, whatever its format: the lines above the header, the role of each column,
 * the task rows and what the reader had to guess or skip.
 *
 * @param preamble non-empty lines above the header (document number, issuer, dates, title …), normalised
 * @param headers  header text of each column as written (normalised, one line), in column order: it may carry the
 *                 unit of measure or the period of a column's numbers ("1-6月完成投资（亿元）")
 * @param roles    role of each column in header order; unknown columns are {@link ColumnRole#NOTES}
 * @param rows     task rows in document order; blank rows, totals rows and section headings are not among them
 * @param warnings what a person should check: skipped rows, merged fragments, odd cell counts
 */
public record ParsedTable(List<String> preamble, List<String> headers, List<ColumnRole> roles, List<ParsedRow> rows,
        List<TableWarning> warnings) {

    public ParsedTable {
        preamble = List.copyOf(preamble);
        headers = List.copyOf(headers);
        roles = List.copyOf(roles);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** True when the table has a column of that role. */
    public boolean hasColumn(ColumnRole role) {
        return roles.contains(role);
    }

    /** The header text of the column of that role, or "" when the table has none. */
    public String header(ColumnRole role) {
        int index = roles.indexOf(role);
        return index < 0 ? "" : headers.get(index);
    }
}
