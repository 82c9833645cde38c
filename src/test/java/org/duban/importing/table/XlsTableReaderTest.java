package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

class XlsTableReaderTest {

    private final XlsTableReader reader = new XlsTableReader();

    /** An Excel 97–2003 project table: a title merged across, numbers as numbers, a 牵头单位 merged over two rows. */
    static byte[] workbook() {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("项目");
            sheet.createRow(0).createCell(0).setCellValue("东海市2024年重点项目投资完成情况表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            row(sheet, 1, "项目名称", "年度计划投资（亿元）", "1-9月完成投资（亿元）", "完成率", "责任单位");
            Row first = row(sheet, 2, "东海大桥", null, null, "49.8%", "市交通局");
            first.createCell(1).setCellValue(20.5);
            first.createCell(2).setCellValue(10.26);
            Row second = row(sheet, 3, "港区疏港公路", null, null, "80%", null);
            second.createCell(1).setCellValue(5);
            second.createCell(2).setCellValue(4);
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 4, 4));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldReadALegacyWorkbookWithTheSheetLogicOfXlsx() {
        ParsedTable table = reader.read(workbook());

        assertThat(PlanMetadataExtractor.extract(table.preamble()).title()).isEqualTo("东海市2024年重点项目投资完成情况表");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cells()).containsEntry(ColumnRole.TARGET, "20.5")
                .containsEntry(ColumnRole.ACTUAL, "10.26").containsEntry(ColumnRole.LEAD_UNITS, "市交通局");
        assertThat(table.rows().get(1).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市交通局");
        assertThat(table.rows().get(1).location()).isEqualTo("项目!A4");
    }

    @Test
    void shouldRefuseOtherAndBrokenOle2Files() throws IOException {
        byte[] workbook = workbook();
        assertThatThrownBy(() -> reader.read(Arrays.copyOf(workbook, workbook.length / 3)))
                .isInstanceOf(UnreadableDocumentException.class);
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "WordDocument");
            fs.writeFilesystem(out);
            assertThatThrownBy(() -> reader.read(out.toByteArray())).isInstanceOf(UnreadableDocumentException.class)
                    .hasMessageContaining(".docx");
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }
}
