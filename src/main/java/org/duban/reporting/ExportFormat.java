package org.duban.reporting;

/** The file formats a plan exports to. */
public enum ExportFormat {

    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** RFC 4180 with a UTF-8 byte order mark, so that Excel reads the Chinese text right. */
    CSV("text/csv; charset=UTF-8", "csv");

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_MEDIA_TYPE = "text/csv";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
