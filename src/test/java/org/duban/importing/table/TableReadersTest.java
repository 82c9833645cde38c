package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableReadersTest {

    @Test
    void shouldChooseAReaderByMediaTypeIgnoringParameters() {
        assertThat(TableReaders.forMediaType("text/plain; charset=UTF-8")).containsInstanceOf(TextTableReader.class);
        assertThat(TableReaders.forMediaType("text/markdown")).containsInstanceOf(TextTableReader.class);
        assertThat(TableReaders.forMediaType("TEXT/CSV")).containsInstanceOf(CsvTableReader.class);
        assertThat(TableReaders.forMediaType(TableReaders.XLSX)).containsInstanceOf(XlsxTableReader.class);
        assertThat(TableReaders.forMediaType("application/vnd.ms-excel")).containsInstanceOf(DetectingTableReader.class);
        assertThat(TableReaders.forMediaType("application/pdf")).isEmpty();
        assertThat(TableReaders.forMediaType(null)).isEmpty();
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
