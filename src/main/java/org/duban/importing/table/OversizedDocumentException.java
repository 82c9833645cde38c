package org.duban.importing.table;

/**
 * The document is, or would expand to, more than the importer reads: a zip bomb, a workbook of millions of cells, a
 * table wider or longer than any completion table. The caller answers 413.
 */
public class OversizedDocumentException extends UnreadableDocumentException {

    public OversizedDocumentException(String message) {
        super(message);
    }

    public OversizedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
