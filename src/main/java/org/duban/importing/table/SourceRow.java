package org.duban.importing.table;

import java.util.List;
import java.util.Set;

/**
 * A row of raw cells as a reader split it, before roles are applied.
 *
 * @param location         where the row starts, for warnings and {@link ParsedRow#location()}
 * @param cells            raw cell text in column order (may be shorter or longer than the header)
 * @param mergedFromAbove  columns whose text was copied down from a vertically merged cell above (XLSX)
 * @param group            a group row (经济发展, 一、…) that a reader recognised by the layout: its one cell is the
 *                         category of the rows below
 */
record SourceRow(String location, List<String> cells, Set<Integer> mergedFromAbove, boolean group) {

    SourceRow {
        cells = List.copyOf(cells);
        mergedFromAbove = Set.copyOf(mergedFromAbove);
    }

    SourceRow(String location, List<String> cells, Set<Integer> mergedFromAbove) {
        this(location, cells, mergedFromAbove, false);
    }

    SourceRow(String location, List<String> cells) {
        this(location, cells, Set.of(), false);
    }

    /** A group row with its heading. */
    static SourceRow group(String location, String heading) {
        return new SourceRow(location, List.of(heading), Set.of(), true);
    }
}
