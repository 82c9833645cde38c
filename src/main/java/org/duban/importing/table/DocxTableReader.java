package org.duban.importing.table;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the task tables of a Word document (.docx, Apache POI XWPF): every table of the body, in order, with
 * {@code gridSpan} (cells spanning columns) and {@code vMerge} (cells spanning rows: restart, then continue) resolved
 * into a grid, the paragraphs of a cell joined by line breaks. The paragraphs before a table are its preamble (title,
 * document number, issuer, date), the last short one its caption. Page headers and footers are not read.
 */
public final class DocxTableReader implements TableReader {

    private static final int MAX_PREAMBLE_LINES = 60;
    private static final int MAX_CAPTION_LENGTH = 60;
    private static final int MAX_TABLES = 500;

    @Override
    public DocumentTables readTables(byte[] document) {
        if (DocumentFormat.detect(document) != DocumentFormat.DOCX) {
            throw new UnreadableDocumentException("不是 Word（.docx）文件");
        }
        ZipSafety.check(document, "Word");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(document))) {
            return read(word);
        } catch (UnreadableDocumentException | NoTableFoundException expected) {
            throw expected;
        } catch (EncryptedDocumentException encrypted) {
            throw new UnreadableDocumentException("Word 文件已加密，请去掉密码后再上传", encrypted);
        } catch (Exception | StackOverflowError broken) {
            if (ZipSafety.isBomb(broken)) {
                throw new OversizedDocumentException("Word 文件解压后过大（疑为压缩炸弹），已拒绝", broken);
            }
            throw new UnreadableDocumentException("不是有效的 Word（.docx）文件：" + DocumentFormat.describe(broken), broken);
        }
    }

    private static DocumentTables read(XWPFDocument word) {
        List<FoundTable> tables = new ArrayList<>();
        List<String> textBefore = new ArrayList<>();
        int cells = 0;
        for (IBodyElement element : word.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = TextNormalizer.normalizeCell(paragraph.getText());
                if (!text.isEmpty()) {
                    textBefore.add(text);
                }
            } else if (element instanceof XWPFTable table) {
                if (tables.size() >= MAX_TABLES) {
                    throw new OversizedDocumentException("Word 文件中的表格超过" + MAX_TABLES + "个，已拒绝");
                }
                List<TableWarning> warnings = new ArrayList<>();
                List<SourceRow> grid = grid(table, tables.size() + 1, warnings);
                cells += grid.stream().mapToInt(row -> row.cells().size()).sum();
                if (cells > HtmlGrid.Budget.MAX_CELLS) {
                    throw new OversizedDocumentException("Word 表格的单元格超过" + HtmlGrid.Budget.MAX_CELLS + "个，已拒绝");
                }
                if (grid.stream().allMatch(row -> GridTables.joined(row).isEmpty())) {
                    continue;
                }
                String caption = caption(textBefore);
                List<String> preamble = textBefore.subList(Math.max(0, textBefore.size() - MAX_PREAMBLE_LINES),
                        textBefore.size());
                FoundTable found = GridTables.read(caption, List.copyOf(preamble), grid, warnings);
                tables.add(found);
                if (!found.hasTaskColumn()) {
                    textBefore.addAll(found.firstLines());
                }
            }
        }
        return new DocumentTables(tables.isEmpty() ? "Word 文件（没有任何表格）" : "Word 文件", tables);
    }

    /** Rows of the table on Word's column grid: spans resolved, a vertically merged cell copied down. */
    private static List<SourceRow> grid(XWPFTable table, int number, List<TableWarning> warnings) {
        List<SourceRow> grid = new ArrayList<>();
        List<String> above = new ArrayList<>();
        List<XWPFTableRow> rows = table.getRows();
        if (rows.size() > HtmlGrid.MAX_ROWS) {
            warnings.add(new TableWarning("表格" + number, "表格超过" + HtmlGrid.MAX_ROWS + "行，其后的行未读入"));
            rows = rows.subList(0, HtmlGrid.MAX_ROWS);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            List<String> cells = new ArrayList<>();
            Set<Integer> fromAbove = new HashSet<>();
            pad(cells, gridBefore(row));
            for (XWPFTableCell cell : row.getTableCells()) {
                int column = cells.size();
                if (column >= HtmlGrid.MAX_COLUMNS) {
                    break;
                }
                int span = Math.min(gridSpan(cell), HtmlGrid.MAX_COLUMNS - column);
                if (continuesMerge(cell)) {
                    String value = column < above.size() ? above.get(column) : "";
                    cells.add(value);
                    if (!value.isEmpty()) {
                        fromAbove.add(column);
                    }
                } else {
                    cells.add(text(cell));
                }
                pad(cells, span - 1);
            }
            grid.add(new SourceRow("表格" + number + "第" + (r + 1) + "行", cells, fromAbove));
            above = cells;
        }
        return grid;
    }

    private static void pad(List<String> cells, int count) {
        for (int i = 0; i < count && cells.size() < HtmlGrid.MAX_COLUMNS; i++) {
            cells.add("");
        }
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr properties = row.getCtRow().getTrPr();
        if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        BigInteger value = properties.getGridBeforeArray(0).getVal();
        return value == null ? 0 : (int) Math.min(value.longValue(), HtmlGrid.MAX_COLUMNS);
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return (int) Math.max(1, Math.min(properties.getGridSpan().getVal().longValue(), HtmlGrid.MAX_COLUMNS));
    }

    /** {@code <w:vMerge/>} without a value, or with "continue": the cell belongs to the merged cell above. */
    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getVMerge() == null) {
            return false;
        }
        CTVMerge merge = properties.getVMerge();
        return !merge.isSetVal() || merge.getVal() == STMerge.CONTINUE;
    }

    /** The paragraphs of a cell (and of tables nested in it) joined by line breaks. */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraph.getText());
            } else if (element instanceof XWPFTable nested) {
                nested.getRows().forEach(row -> row.getTableCells().forEach(c -> lines.add(text(c))));
            }
        }
        return TextNormalizer.normalizeCell(String.join("\n", lines));
    }

    private static String caption(List<String> textBefore) {
        if (textBefore.isEmpty()) {
            return "";
        }
        String last = textBefore.get(textBefore.size() - 1);
        return last.length() <= MAX_CAPTION_LENGTH ? last : "";
    }
}
