package org.duban.importing.table;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the {@link TableReader} for an upload's media type. The type only says whether the importer accepts the
 * upload (and, for text, whether it is CSV): the format itself is decided from the bytes ({@link DocumentFormat}), so
 * a Word file sent as application/octet-stream or a web page pasted as text/plain is read as what it is. Parameters
 * such as {@code ; charset=GBK} are ignored: the readers detect the encoding from the bytes.
 */
public final class TableReaders {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLS = "application/vnd.ms-excel";

    static final TableReader TEXT_READER = new TextTableReader();
    static final TableReader CSV_READER = new CsvTableReader();
    static final TableReader XLSX_READER = new XlsxTableReader();
    static final TableReader XLS_READER = new XlsTableReader();
    static final TableReader DOCX_READER = new DocxTableReader();
    static final TableReader HTML_READER = new HtmlTableReader();

    private static final TableReader AS_TEXT = new SniffingTableReader(TEXT_READER, null);
    private static final TableReader AS_CSV = new SniffingTableReader(CSV_READER, null);
    private static final TableReader ANY = new SniffingTableReader(TEXT_READER, CSV_READER);
    private static final TableReader OFFICE = new SniffingTableReader(null, null);

    private TableReaders() {
    }

    /** The reader for that media type, or empty when the type is not one the importer accepts (the caller answers 415). */
    public static Optional<TableReader> forMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (type) {
            case "text/plain", "text/markdown", "text/x-markdown" -> AS_TEXT;
            case "text/csv", "application/csv", "text/comma-separated-values", "text/x-csv", "application/x-csv",
                    "text/tab-separated-values" -> AS_CSV;
            // Windows sends application/vnd.ms-excel for .csv files too; octet-stream and zip say nothing.
            case XLSX, DOCX -> OFFICE;
            // Portals also publish web pages saved as .xls: the bytes decide.
            case "text/html", "application/xhtml+xml", XLS, "application/msword", "application/zip",
                    "application/x-zip-compressed", "application/octet-stream" -> ANY;
            default -> null;
        });
    }

    /** A reader that decides everything from the bytes: Word, Excel, HTML, then text, then CSV. */
    public static TableReader detecting() {
        return ANY;
    }
}
