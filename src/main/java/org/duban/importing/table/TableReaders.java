package org.duban.importing.table;

import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the {@link TableReader} for an upload's media type. Parameters such as {@code ; charset=GBK} are ignored:
 * the readers detect the encoding from the bytes. Types that browsers send for any spreadsheet-looking file
 * ({@code application/vnd.ms-excel} is what Windows sends for .csv, {@code application/octet-stream}) get a reader
 * that looks at the bytes.
 */
public final class TableReaders {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final TableReader TEXT = new TextTableReader();
    private static final TableReader CSV = new CsvTableReader();
    private static final TableReader XLSX_READER = new XlsxTableReader();
    private static final TableReader DETECTING = new DetectingTableReader(TEXT, CSV, XLSX_READER);

    private TableReaders() {
    }

    /** The reader for that media type, or empty when the type is not a table format we read (the caller answers 415). */
    public static Optional<TableReader> forMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (type) {
            case "text/plain", "text/markdown", "text/x-markdown" -> TEXT;
            case "text/csv", "application/csv", "text/comma-separated-values", "text/x-csv", "application/x-csv",
                    "text/tab-separated-values" -> CSV;
            case XLSX -> XLSX_READER;
            case "application/vnd.ms-excel", "application/octet-stream" -> DETECTING;
            default -> null;
        });
    }

    /** A reader that decides from the bytes: a zip is a workbook, text is tried as a text table, then as CSV. */
    public static TableReader detecting() {
        return DETECTING;
    }
}
