package org.duban.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a {@link CompletionTable} as XLSX (streamed, title row above the header) or as RFC 4180 CSV with a BOM. */
final class CompletionTableWriter {

    /** Column widths in characters, for the eight columns of {@link CompletionTable#HEADER}. */
    private static final int[] WIDTHS = {6, 60, 30, 24, 36, 36, 30, 80};

    private CompletionTableWriter() {
    }

    /** The file's bytes: the same table always gives the same bytes, so that their hash can be the export's ETag. */
    static byte[] bytes(CompletionTable table, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(table, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the completion table", e);
        }
        return out.toByteArray();
    }

    static void write(CompletionTable table, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.XLSX) {
            xlsx(table, out);
        } else {
            csv(table, out);
        }
    }

    /**
     * The plan's title on the first line (as published tables start, so that the file imports back as it is), the
     * header row, then one record per task; CRLF line ends, fields quoted when they hold a comma, quote or line break.
     */
    static void csv(CompletionTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(table.title());
            printer.printRecord(table.header());
            for (CompletionTable.Row row : table.rows()) {
                List<Object> record = new ArrayList<>();
                record.add(row.ordinal());
                record.addAll(row.cells());
                printer.printRecord(record);
            }
        }
    }

    /** The plan title merged over the columns in the first row, the header in the second, a task per row below. */
    static void xlsx(CompletionTable table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            SXSSFSheet sheet = workbook.createSheet("完成情况表");
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row title = sheet.createRow(0);
            Cell titleCell = title.createCell(0);
            titleCell.setCellValue(table.title());
            titleCell.setCellStyle(heading);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, table.header().size() - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < table.header().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.header().get(c));
                cell.setCellStyle(heading);
            }
            sheet.createFreezePane(0, 2);
            int r = 2;
            for (CompletionTable.Row row : table.rows()) {
                Row sheetRow = sheet.createRow(r++);
                Cell ordinal = sheetRow.createCell(0);
                ordinal.setCellValue(row.ordinal());
                ordinal.setCellStyle(wrap);
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = sheetRow.createCell(c + 1);
                    cell.setCellValue(row.cells().get(c));
                    cell.setCellStyle(wrap);
                }
            }
            // POI stamps the workbook with the time of writing; without it the same table gives the same bytes.
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
