package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableReadersTest {

    @Test
    void shouldAcceptTheMediaTypesOfTableFormatsIgnoringParameters() {
        for (String type : new String[] {"text/plain; charset=UTF-8", "text/markdown", "TEXT/CSV", "text/html",
                TableReaders.XLSX, TableReaders.DOCX, TableReaders.XLS, "application/octet-stream"}) {
            assertThat(TableReaders.forMediaType(type)).as(type).isPresent();
        }
        assertThat(TableReaders.forMediaType("application/pdf")).isEmpty();
        assertThat(TableReaders.forMediaType(null)).isEmpty();
    }

    @Test
    void shouldReadTheFormatTheBytesShowWhateverTheDeclaredType() {
        byte[] html = "<table><tr><th>任务内容</th><th>牵头单位</th></tr><tr><td>任务甲</td><td>市经信局</td></tr></table>"
                .getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"text/plain", "text/csv", "application/octet-stream", TableReaders.XLS}) {
            assertThat(TableReaders.forMediaType(type).orElseThrow().read(html).rows()).as(type).hasSize(1);
        }
        assertThat(TableReaders.forMediaType("text/plain").orElseThrow().read(XlsxTableReaderTest.workbook()).rows())
                .hasSize(4);
        assertThat(TableReaders.forMediaType(TableReaders.XLSX).orElseThrow().read(DocxTableReaderTest.document())
                .rows()).hasSize(3);
        assertThat(TableReaders.forMediaType("application/octet-stream").orElseThrow()
                .read(XlsTableReaderTest.workbook()).rows()).hasSize(2);
        assertThatThrownBy(() -> TableReaders.forMediaType(TableReaders.XLSX).orElseThrow()
                .read("这不是工作簿".getBytes(StandardCharsets.UTF_8))).isInstanceOf(UnreadableDocumentException.class);
    }

    @Test
    void shouldTellFormatsApartByTheirBytes() {
        assertThat(DocumentFormat.detect(XlsxTableReaderTest.workbook())).isEqualTo(DocumentFormat.XLSX);
        assertThat(DocumentFormat.detect(DocxTableReaderTest.document())).isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentFormat.detect(XlsTableReaderTest.workbook())).isEqualTo(DocumentFormat.XLS);
        assertThat(DocumentFormat.detect("\uFEFF  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentFormat.detect("\n<!-- saved -->\n<TABLE border=1>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentFormat.detect("任务内容 | 牵头单位 |".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.TEXT);
        assertThat(DocumentFormat.detect("a < b, <html> later".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DocumentFormat.TEXT);
    }

    @Test
    void shouldDetectTheFormatFromTheBytes() {
        TableReader detecting = TableReaders.detecting();

        assertThat(detecting.read(TestDocuments.seed()).rows()).hasSize(12);
        assertThat(detecting.read("任务内容,牵头单位\n任务甲,市经信局\n".getBytes(StandardCharsets.UTF_8)).rows()).hasSize(1);
        assertThat(detecting.read(XlsxTableReaderTest.workbook()).rows()).hasSize(4);
        assertThatThrownBy(() -> detecting.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}))
                .isInstanceOf(UnreadableDocumentException.class);
    }
}
