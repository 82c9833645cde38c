package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableReaderTest {

    private final XlsxTableReader reader = new XlsxTableReader();

    /**
     * A sheet "说明" without a table, then "任务表": a title merged over all columns, a 类别 merged over three rows, a
     * task whose content is merged over two rows (two lead units), numbers as numbers and as text, a date and a
     * percentage, and a 合计 row.
     */
    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("本工作簿第二张表为任务清单。");
            Sheet sheet = workbook.createSheet("任务表");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percentStyle = workbook.createCellStyle();
            percentStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.0%"));

            row(sheet, 0, "2023年市政府工作报告重点任务完成情况表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
            row(sheet, 1, "序号", "类别", "任务内容", "牵头单位", "目标值", "完成值", "完成时限");
            row(sheet, 2, 1, "工业经济", "工业投资500亿元以上", "市经信局", 500, 510.0, LocalDate.of(2023, 12, 31));
            row(sheet, 3, 2, null, "为企业减负50亿元以上", "市经信局、市财政局", "50", 20.26, LocalDate.of(2023, 12, 31));
            row(sheet, 4, 3, null, "规上工业增加值增长10%", "市经信局", 0.1, 0.173, "1-11月");
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));
            sheet.getRow(4).getCell(4).setCellStyle(percentStyle);
            sheet.getRow(4).getCell(5).setCellStyle(percentStyle);
            sheet.getRow(2).getCell(6).setCellStyle(dateStyle);
            sheet.getRow(3).getCell(6).setCellStyle(dateStyle);
            row(sheet, 5, 4, "平台建设", "推进粮油产业园建设", "市经信局", null, null, "2023年底");
            row(sheet, 6, null, null, null, "市商务局", null, null, null);
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 2, 2));
            sheet.addMergedRegion(new CellRangeAddress(5, 6, 1, 1));
            row(sheet, 7, "合计", null, null, null, 550.5, 530.26, null);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Test
    void shouldReadTheFirstSheetThatHasAHeaderWithItsTitleAsPreamble() {
        ParsedTable table = reader.read(workbook());

        assertThat(table.preamble()).containsExactly("2023年市政府工作报告重点任务完成情况表");
        assertThat(table.roles()).containsExactly(ColumnRole.ORDINAL, ColumnRole.CATEGORY, ColumnRole.CONTENT,
                ColumnRole.LEAD_UNITS, ColumnRole.TARGET, ColumnRole.ACTUAL, ColumnRole.DUE_DATE);
        assertThat(table.rows()).extracting(ParsedRow::location)
                .containsExactly("任务表!A3", "任务表!A4", "任务表!A5", "任务表!A6");
    }

    @Test
    void shouldGiveAVerticallyMergedCategoryToEveryRowItSpans() {
        ParsedTable table = reader.read(workbook());

        assertThat(table.rows()).extracting(ParsedRow::category).containsExactly("工业经济", "工业经济", "工业经济", "平台建设");
    }

    @Test
    void shouldKeepNumbersExactAndFormatDatesAndPercentages() {
        ParsedTable table = reader.read(workbook());

        assertThat(table.rows().get(0).cell(ColumnRole.TARGET)).isEqualTo("500");
        assertThat(table.rows().get(0).cell(ColumnRole.ACTUAL)).isEqualTo("510");
        assertThat(table.rows().get(0).cell(ColumnRole.ORDINAL)).isEqualTo("1");
        assertThat(table.rows().get(0).cell(ColumnRole.DUE_DATE)).isEqualTo("2023-12-31");
        assertThat(table.rows().get(1).cell(ColumnRole.TARGET)).isEqualTo("50");
        assertThat(table.rows().get(1).cell(ColumnRole.ACTUAL)).isEqualTo("20.26");
        assertThat(table.rows().get(2).cell(ColumnRole.TARGET)).isEqualTo("10%");
        assertThat(table.rows().get(2).cell(ColumnRole.ACTUAL)).isEqualTo("17.3%");
    }

    @Test
    void shouldMakeOneTaskOfRowsSpannedByAMergedContentCell() {
        ParsedTable table = reader.read(workbook());

        ParsedRow merged = table.rows().get(3);
        assertThat(merged.cell(ColumnRole.CONTENT)).isEqualTo("推进粮油产业园建设");
        assertThat(merged.cell(ColumnRole.LEAD_UNITS)).isEqualTo("市经信局\n市商务局");
        assertThat(table.warnings()).noneMatch(w -> w.location().equals("任务表!A7"));
    }

    @Test
    void shouldSkipTheTotalsRowWithAWarning() {
        ParsedTable table = reader.read(workbook());

        assertThat(table.warnings()).singleElement().satisfies(w -> {
            assertThat(w.location()).isEqualTo("任务表!A8");
            assertThat(w.message()).contains("合计");
        });
    }

    @Test
    void shouldExplainWhenNoSheetHasAHeader() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("只有一行说明");
            workbook.write(out);

            assertThatThrownBy(() -> reader.read(out.toByteArray())).isInstanceOf(NoTableFoundException.class)
                    .hasMessageContaining("只有一行说明");
        }
    }

    @Test
    void shouldRefuseBytesThatAreNotAWorkbook() {
        assertThatThrownBy(() -> reader.read("任务内容,牵头单位".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("XLSX");
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(UnreadableDocumentException.class);
        byte[] truncated = Arrays.copyOf(workbook(), 200);
        assertThatThrownBy(() -> reader.read(truncated)).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void shouldRefuseAnEncryptedWorkbook() throws Exception {
        byte[] encrypted;
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(workbook());
            }
            fs.writeFilesystem(out);
            encrypted = out.toByteArray();
        }

        assertThatThrownBy(() -> reader.read(encrypted)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("加密");
    }
}
