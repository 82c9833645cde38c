package org.duban.importing.table;

/**
 * Reads the task tables of a document of one format. Implementations are stateless and thread-safe, and throw nothing
 * but the two exceptions below, whatever the bytes.
 */
public interface TableReader {

    /**
     * Every table the document holds, in document order, each with its task rows when it has a recognisable header.
     *
     * @throws UnreadableDocumentException when the bytes are not a readable document of this format
     * @throws NoTableFoundException       when the document holds no table at all (text: no recognisable header)
     */
    DocumentTables readTables(byte[] document);

    /**
     * Reads the first task table of the document.
     *
     * @throws UnreadableDocumentException when the bytes are not a readable document of this format
     * @throws NoTableFoundException       when the document holds no recognisable header row
     */
    default ParsedTable read(byte[] document) {
        return readTables(document).select(null);
    }
}
