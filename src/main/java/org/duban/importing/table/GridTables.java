package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What HTML, Word and Excel tables share once their merged cells are resolved into a grid: the header is looked for
 * among the first rows, the rows above it join the preamble, the rows below are assembled into tasks.
 */
final class GridTables {

    /** A title block above the header is never longer. */
    static final int HEADER_SEARCH_ROWS = 30;

    private GridTables() {
    }

    /**
     * Reads one grid as a table.
     *
     * @param caption  the table's caption or the heading above it
     * @param preamble text of the document before the grid (title, document number …)
     * @param grid     rows of cell text, merged cells resolved
     * @param warnings what the reader already noticed
     */
    static FoundTable read(String caption, List<String> preamble, List<SourceRow> grid, List<TableWarning> warnings) {
        return table(preamble, grid, warnings)
                .map(table -> FoundTable.of(caption, table))
                .orElseGet(() -> FoundTable.unread(caption, grid.stream().map(GridTables::joined)
                        .filter(line -> !line.isEmpty()).toList()));
    }

    static Optional<ParsedTable> table(List<String> preamble, List<SourceRow> grid, List<TableWarning> warnings) {
        for (int i = 0; i < Math.min(grid.size(), HEADER_SEARCH_ROWS); i++) {
            Optional<HeaderLayout> header = HeaderLayout.recognise(grid.get(i).cells());
            if (header.isPresent()) {
                int body = i + 1;
                Optional<HeaderLayout> twoRows = body < grid.size()
                        ? TwoRowHeader.combine(grid.get(i), grid.get(body), header.get()) : Optional.empty();
                if (twoRows.isPresent()) {
                    header = twoRows;
                    body++;
                }
                List<String> lines = new ArrayList<>(preamble);
                grid.subList(0, i).stream().map(GridTables::joined).filter(line -> !line.isEmpty()).forEach(lines::add);
                return Optional.of(TableAssembler.assemble(lines, header.get(), grid.subList(body, grid.size()),
                        warnings));
            }
        }
        return Optional.empty();
    }

    /** The non-blank cells of a row, joined by a space. */
    static String joined(SourceRow row) {
        return String.join(" ", row.cells().stream().filter(c -> !TextNormalizer.isBlank(c))
                .map(c -> TextNormalizer.normalizeCell(c).replace('\n', ' ')).toList());
    }
}
