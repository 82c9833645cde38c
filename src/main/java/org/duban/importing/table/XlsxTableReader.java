package org.duban.importing.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a task table from an Excel workbook (.xlsx, Apache POI XSSF): the first visible sheet with a recognisable
 * header; title rows above it (often one cell merged across the table) become the preamble. A cell merged vertically
 * (类别 or 牵头单位 over several rows) gives its text to every row it spans; a merged 任务内容 cell makes its rows one
 * task. Numbers keep their exact decimal form, dates become yyyy-MM-dd.
 *
 * <p>POI's default zip-bomb guards (ZipSecureFile) stay on; the whole workbook is held in memory, so documents are
 * limited to {@value #MAX_DOCUMENT_BYTES} bytes.
 */
public final class XlsxTableReader implements TableReader {

    static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
    private static final int HEADER_SEARCH_ROWS = 30;
    private static final int MAX_COLUMNS = 100;
    private static final int MAX_ROWS = 20_000;

    @Override
    public ParsedTable read(byte[] document) {
        checkIsWorkbook(document);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(document))) {
            return readWorkbook(workbook);
        } catch (UnreadableDocumentException | NoTableFoundException expected) {
            throw expected;
        } catch (EncryptedDocumentException encrypted) {
            throw new UnreadableDocumentException("Excel 文件已加密，请去掉密码后再上传", encrypted);
        } catch (IOException | RuntimeException | StackOverflowError broken) {
            throw new UnreadableDocumentException("不是有效的 XLSX 工作簿：" + broken.getClass().getSimpleName()
                    + (broken.getMessage() == null ? "" : "（" + firstLine(broken.getMessage()) + "）"), broken);
        }
    }

    private static void checkIsWorkbook(byte[] document) {
        if (document == null || document.length == 0) {
            throw new UnreadableDocumentException("文档为空（没有内容）");
        }
        if (document.length > MAX_DOCUMENT_BYTES) {
            throw new UnreadableDocumentException("XLSX 文件过大：" + document.length + " 字节，上限 " + MAX_DOCUMENT_BYTES);
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(document));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("无法识别文件类型", e);
        }
        if (magic == FileMagic.OLE2) {
            throw new UnreadableDocumentException("这是旧版 .xls 文件或加密的 Excel 文件：请另存为不加密的 .xlsx 后再上传");
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableDocumentException("不是 XLSX 文件（文件头为 " + magic + "，应为 zip/OOXML）");
        }
    }

    private static ParsedTable readWorkbook(XSSFWorkbook workbook) {
        List<String> firstSheetRows = null;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                continue;
            }
            Sheet sheet = workbook.getSheetAt(s);
            List<TableWarning> warnings = new ArrayList<>();
            List<SourceRow> grid = grid(sheet, warnings);
            for (int i = 0; i < Math.min(grid.size(), HEADER_SEARCH_ROWS); i++) {
                Optional<HeaderLayout> header = HeaderLayout.recognise(grid.get(i).cells());
                if (header.isPresent()) {
                    List<String> preamble = grid.subList(0, i).stream().map(XlsxTableReader::joined).toList();
                    List<SourceRow> body = grid.subList(i + 1, grid.size()).stream()
                            .map(row -> relocate(row, sheet, header.get()))
                            .toList();
                    return TableAssembler.assemble(preamble, header.get(), body, warnings);
                }
            }
            if (firstSheetRows == null) {
                firstSheetRows = grid.stream().map(XlsxTableReader::joined).toList();
            }
        }
        throw NoTableFoundException.noHeader("工作簿" + (workbook.getNumberOfSheets() > 1 ? "（已查看所有工作表）第一个工作表" : ""),
                firstSheetRows == null ? List.of() : firstSheetRows);
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

    /** Points the row's location at the table's first column rather than column A. */
    private static SourceRow relocate(SourceRow row, Sheet sheet, HeaderLayout header) {
        int firstColumn = 0;
        while (firstColumn < header.width() - 1 && header.names().get(firstColumn).isEmpty()) {
            firstColumn++;
        }
        if (firstColumn == 0) {
            return row;
        }
        CellReference reference = new CellReference(row.location());
        String location = new CellReference(sheet.getSheetName(), reference.getRow(), firstColumn, false, false)
                .formatAsString();
        return new SourceRow(location, row.cells(), row.mergedFromAbove());
    }

    private static String joined(SourceRow row) {
        return String.join(" ", row.cells().stream().filter(c -> !TextNormalizer.isBlank(c)).toList());
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
