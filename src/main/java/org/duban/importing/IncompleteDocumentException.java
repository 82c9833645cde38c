package org.duban.importing;

/** The document has a table but lacks what an import needs (a title, a year, any task row): answered 422. */
public class IncompleteDocumentException extends RuntimeException {

    public IncompleteDocumentException(String message) {
        super(message);
    }
}
