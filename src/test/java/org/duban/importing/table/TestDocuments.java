package org.duban.importing.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the documents under src/test/resources/importing. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/importing/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test document " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] seed() {
        return bytes("seed-2023-zhoushan.txt");
    }

    /** A Word file with a title paragraph and two tables (see {@link DocxTableReaderTest#document()}). */
    public static byte[] docx() {
        return DocxTableReaderTest.document();
    }

    /** An Excel 97–2003 project table (see {@link XlsTableReaderTest#workbook()}). */
    public static byte[] xls() {
        return XlsTableReaderTest.workbook();
    }

    /** A web page with chrome and two tables (see {@link HtmlTableReaderTest#PAGE}). */
    public static String html() {
        return HtmlTableReaderTest.PAGE;
    }
}
