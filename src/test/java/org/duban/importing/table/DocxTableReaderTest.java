package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxTableReaderTest {

    private final DocxTableReader reader = new DocxTableReader();

    /**
     * A portal's lines and the document's title, then 附件1: a 类别 merged down two rows (vMerge), a cell of two
     * paragraphs, a group row spanning the table (gridSpan); then 附件2: a project table with numbers in their columns.
     */
    static byte[] document() {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(word, "索引号：001008/2024-00031");
            paragraph(word, "东海市人民政府办公室");
            paragraph(word, "东海市2024年民生实事项目上半年进展情况");
            paragraph(word, "附件1");
            XWPFTable tasks = word.createTable(5, 4);
            fill(tasks.getRow(0), "类别", "项目名称", "责任单位", "进展情况");
            fill(tasks.getRow(1), "教育", "新增学位3800个", "市教育局", "已新增学位2100个");
            tasks.getRow(1).getCell(3).addParagraph().createRun().setText("完成率55%");
            fill(tasks.getRow(2), "", "新建幼儿园5所", "市教育局、市财政局", "已开工3所");
            vMerge(tasks.getRow(1).getCell(0), true);
            vMerge(tasks.getRow(2).getCell(0), false);
            fill(tasks.getRow(3), "二、社会保障", "", "", "");
            span(tasks.getRow(3), 4);
            fill(tasks.getRow(4), "就业", "城镇新增就业2万人", "市人社局", "新增就业1.2万人");
            paragraph(word, "附件2：重点项目投资完成情况");
            XWPFTable projects = word.createTable(2, 4);
            fill(projects.getRow(0), "项目名称", "年度计划投资（亿元）", "1-6月完成投资（亿元）", "完成率");
            fill(projects.getRow(1), "东海大桥", "20.5", "10.2", "49.8%");
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldReadEveryTableWithMergedCellsResolved() {
        DocumentTables tables = reader.readTables(document());

        assertThat(tables.tables()).hasSize(2).allMatch(FoundTable::hasTaskColumn);
        ParsedTable first = tables.select(null);
        assertThat(first.rows()).extracting(row -> row.cell(ColumnRole.CONTENT))
                .containsExactly("新增学位3800个", "新建幼儿园5所", "城镇新增就业2万人");
        assertThat(first.rows()).extracting(ParsedRow::category).containsExactly("教育", "教育", "就业");
        assertThat(first.rows().get(0).cell(ColumnRole.PROGRESS)).isEqualTo("已新增学位2100个\n完成率55%");
        assertThat(first.rows().get(1).cell(ColumnRole.LEAD_UNITS)).isEqualTo("市教育局、市财政局");
        assertThat(first.rows().get(0).location()).isEqualTo("表格1第2行");
    }

    @Test
    void shouldTakeTheTitleFromTheParagraphsBeforeTheTableNotFromItsCaption() {
        ParsedTable second = reader.readTables(document()).select(2);

        DocumentMetadata metadata = PlanMetadataExtractor.extract(second.preamble());
        assertThat(metadata.title()).isEqualTo("东海市2024年民生实事项目上半年进展情况");
        assertThat(metadata.year()).isEqualTo(2024);
        assertThat(metadata.documentNumber()).isEqualTo("001008/2024-00031");
        assertThat(reader.readTables(document()).tables().get(1).caption()).isEqualTo("附件2：重点项目投资完成情况");
    }

    @Test
    void shouldGiveNumbersColumnsTheirRolesAndKeepTheirHeaders() {
        ParsedTable projects = reader.readTables(document()).select(2);

        assertThat(projects.roles()).containsExactly(ColumnRole.CONTENT, ColumnRole.TARGET, ColumnRole.ACTUAL,
                ColumnRole.COMPLETION_RATE);
        assertThat(projects.header(ColumnRole.ACTUAL)).isEqualTo("1-6月完成投资（亿元）");
        assertThat(projects.rows().get(0).cells()).containsEntry(ColumnRole.TARGET, "20.5")
                .containsEntry(ColumnRole.ACTUAL, "10.2").containsEntry(ColumnRole.COMPLETION_RATE, "49.8%");
    }

    @Test
    void shouldRefuseBrokenOrForeignBytes() {
        byte[] document = document();
        assertThatThrownBy(() -> reader.read(Arrays.copyOf(document, document.length / 2)))
                .isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> reader.read(XlsxTableReaderTest.workbook()))
                .isInstanceOf(UnreadableDocumentException.class);
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void shouldSayWhenNoTableHasATaskColumn() {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(word, "2024年工作要点");
            fill(word.createTable(1, 2).getRow(0), "甲", "乙");
            word.write(out);
            assertThatThrownBy(() -> reader.read(out.toByteArray())).isInstanceOf(NoTableFoundException.class)
                    .hasMessageContaining("未找到表头");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(XWPFDocument word, String text) {
        word.createParagraph().createRun().setText(text);
    }

    private static void fill(XWPFTableRow row, String... texts) {
        List<XWPFTableCell> cells = row.getTableCells();
        for (int i = 0; i < texts.length && i < cells.size(); i++) {
            cells.get(i).setText(texts[i]);
        }
    }

    private static void vMerge(XWPFTableCell cell, boolean restart) {
        var merge = cell.getCTTc().addNewTcPr().addNewVMerge();
        if (restart) {
            merge.setVal(STMerge.RESTART);
        }
    }

    /** Makes the row's first cell span {@code columns} grid columns, removing the cells it covers. */
    private static void span(XWPFTableRow row, int columns) {
        row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
        for (int i = columns - 1; i >= 1; i--) {
            row.removeCell(i);
        }
    }
}
