package org.duban.importing.table;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One task row of a table. Cells are normalised text (ASCII digits and letters, Chinese punctuation kept, lines
 * joined with {@code \n}); a cell merged over several rows gives its value to each of them.
 *
 * @param location where the row starts: "第14行" for text and CSV, a cell reference such as "Sheet1!A5" for XLSX
 * @param cells    non-blank cell text by role (never contains {@link ColumnRole#NOTES})
 * @param notes    non-blank text of unrecognised columns, by header text, in column order
 * @param category the group the row belongs to (a 类别 cell carried down, or a section heading row), or null
 */
public record ParsedRow(String location, Map<ColumnRole, String> cells, Map<String, String> notes, String category) {

    public ParsedRow {
        cells = cells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(cells));
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    }

    /** The cell of that role, or "" when the row has none. */
    public String cell(ColumnRole role) {
        return cells.getOrDefault(role, "");
    }
}
