package org.duban.importing.table;

/**
 * The bytes are not a document of the declared format: undecodable text, a file that is not a zip/OOXML workbook,
 * an encrypted workbook, a legacy binary .xls … The caller answers 400.
 */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
