package org.duban.importing.table;

import java.util.List;
import java.util.Set;

/**
 * A row of raw cells as a reader split it, before roles are applied.
 *
 * @param location         where the row starts, for warnings and {@link ParsedRow#location()}
 * @param cells            raw cell text in column order (may be shorter or longer than the header)
 * @param mergedFromAbove  columns whose text was copied down from a vertically merged cell above (XLSX)
 */
record SourceRow(String location, List<String> cells, Set<Integer> mergedFromAbove) {

    SourceRow {
        cells = List.copyOf(cells);
        mergedFromAbove = Set.copyOf(mergedFromAbove);
    }

    SourceRow(String location, List<String> cells) {
        this(location, cells, Set.of());
    }
}
