package org.duban.importing.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads task tables from an Excel workbook, whichever its file format (POI's {@link Workbook} and {@link Sheet} cover
 * .xlsx and .xls alike): each visible sheet is a table; title rows above the header (often one cell merged across
 * the table) become the preamble. A cell merged vertically (类别 or 牵头单位 over several rows) gives its text to
 * every row it spans; a merged 任务内容 cell makes its rows one task. Numbers keep their exact decimal form, dates
 * become yyyy-MM-dd. Rows, columns and cells read are capped, so a huge sheet is refused rather than held in memory.
 */
final class WorkbookTableReader {

    static final int MAX_COLUMNS = 100;
    static final int MAX_ROWS = 20_000;
    /** Rows × columns of all sheets read: far above any completion table, far below what exhausts memory. */
    static final int MAX_CELLS = 1_000_000;

    private WorkbookTableReader() {
    }

    static DocumentTables read(Workbook workbook, String where) {
        List<FoundTable> tables = new ArrayList<>();
        int cells = 0;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                continue;
            }
            Sheet sheet = workbook.getSheetAt(s);
            List<TableWarning> warnings = new ArrayList<>();
            List<SourceRow> grid = grid(sheet, warnings);
            cells += grid.size() * (grid.isEmpty() ? 0 : grid.get(0).cells().size());
            if (cells > MAX_CELLS) {
                throw new OversizedDocumentException("工作簿的单元格超过" + MAX_CELLS + "个，不像是一张完成情况表，已拒绝");
            }
            if (grid.stream().allMatch(row -> GridTables.joined(row).isEmpty())) {
                continue;
            }
            FoundTable table = GridTables.read(sheet.getSheetName(), List.of(), relocated(grid, sheet), warnings);
            tables.add(table);
        }
        return new DocumentTables(where, tables);
    }

    /** Every row of the sheet as cell text, merged cells resolved; the location names column A of the row. */
    private static List<SourceRow> grid(Sheet sheet, List<TableWarning> warnings) {
        CellText cellText = new CellText();
        Map<Long, String> mergedValues = new HashMap<>();
        Set<Long> mergedFromAbove = new HashSet<>();
        Set<Long> coveredBlank = new HashSet<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            collectMerge(sheet, region, cellText, mergedValues, mergedFromAbove, coveredBlank);
        }
        int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS);
        if (sheet.getLastRowNum() > MAX_ROWS) {
            warnings.add(new TableWarning(sheet.getSheetName(), "工作表超过" + MAX_ROWS + "行，其后的行未读入"));
        }
        int width = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                width = Math.max(width, Math.min(row.getLastCellNum(), MAX_COLUMNS));
            }
        }
        List<SourceRow> grid = new ArrayList<>();
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            Set<Integer> fromAbove = new HashSet<>();
            for (int c = 0; c < width; c++) {
                long key = key(r, c);
                if (mergedValues.containsKey(key)) {
                    cells.add(mergedValues.get(key));
                    if (mergedFromAbove.contains(key)) {
                        fromAbove.add(c);
                    }
                } else if (coveredBlank.contains(key) || row == null) {
                    cells.add("");
                } else {
                    cells.add(cellText.of(row.getCell(c)));
                }
            }
            grid.add(new SourceRow(new CellReference(sheet.getSheetName(), r, 0, false, false).formatAsString(),
                    cells, fromAbove));
        }
        return grid;
    }

    /**
     * The text of a merged region goes to its first column on every row it spans (flagged as copied from above
     * below the first row); its other columns read as blank.
     */
    private static void collectMerge(Sheet sheet, CellRangeAddress region, CellText cellText,
            Map<Long, String> mergedValues, Set<Long> mergedFromAbove, Set<Long> coveredBlank) {
        if (region.getFirstRow() > MAX_ROWS || region.getFirstColumn() > MAX_COLUMNS) {
            return;
        }
        Row topRow = sheet.getRow(region.getFirstRow());
        String value = topRow == null ? "" : cellText.of(topRow.getCell(region.getFirstColumn()));
        int lastRow = Math.min(region.getLastRow(), MAX_ROWS);
        int lastColumn = Math.min(region.getLastColumn(), MAX_COLUMNS);
        for (int r = region.getFirstRow(); r <= lastRow; r++) {
            for (int c = region.getFirstColumn(); c <= lastColumn; c++) {
                long key = key(r, c);
                if (c == region.getFirstColumn()) {
                    mergedValues.put(key, value);
                    if (r > region.getFirstRow()) {
                        mergedFromAbove.add(key);
                    }
                } else {
                    coveredBlank.add(key);
                }
            }
        }
    }

    /**
     * Points each row's location at the table's first column (that of the first row with two or more cells, the
     * header's) rather than column A.
     */
    private static List<SourceRow> relocated(List<SourceRow> grid, Sheet sheet) {
        int firstColumn = grid.stream()
                .filter(row -> row.cells().stream().filter(c -> !TextNormalizer.isBlank(c)).count() >= 2)
                .findFirst()
                .map(row -> {
                    int c = 0;
                    while (c < row.cells().size() - 1 && TextNormalizer.isBlank(row.cells().get(c))) {
                        c++;
                    }
                    return c;
                })
                .orElse(0);
        if (firstColumn == 0) {
            return grid;
        }
        return grid.stream().map(row -> {
            CellReference reference = new CellReference(row.location());
            String location = new CellReference(sheet.getSheetName(), reference.getRow(), firstColumn, false, false)
                    .formatAsString();
            return new SourceRow(location, row.cells(), row.mergedFromAbove());
        }).toList();
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
