package org.duban.importing.table;

/**
 * Reads the task table of a document of one format. Implementations are stateless and thread-safe, and throw nothing
 * but the two exceptions below, whatever the bytes.
 */
public interface TableReader {

    /**
     * Reads the first task table of the document.
     *
     * @throws UnreadableDocumentException when the bytes are not a readable document of this format
     * @throws NoTableFoundException       when the document holds no recognisable header row
     */
    ParsedTable read(byte[] document);
}
