package org.duban.importing.table;

/**
 * Reads a document by the format its bytes show ({@link DocumentFormat}), whatever type it was declared with: Word,
 * Excel (both formats) and web pages go to their readers; text goes to the reader the declared type chose (a
 * {@code |} or paragraph table for text/plain, CSV for text/csv), or, when the type said nothing, to the text reader
 * and then to the CSV reader. Text declared as a Word or Excel 2007+ file is refused: it is a broken or misnamed
 * upload, not a table to guess at.
 */
final class SniffingTableReader implements TableReader {

    private final TableReader text;
    private final TableReader fallback;

    /**
     * @param text     the reader for a document that is text, or null when text is refused
     * @param fallback tried when {@code text} finds no table, or null
     */
    SniffingTableReader(TableReader text, TableReader fallback) {
        this.text = text;
        this.fallback = fallback;
    }

    @Override
    public DocumentTables readTables(byte[] document) {
        DocumentFormat format = DocumentFormat.detect(document);
        return switch (format) {
            case DOCX -> TableReaders.DOCX_READER.readTables(document);
            case XLSX -> TableReaders.XLSX_READER.readTables(document);
            case XLS -> TableReaders.XLS_READER.readTables(document);
            case HTML -> TableReaders.HTML_READER.readTables(document);
            case OTHER_ZIP -> throw new UnreadableDocumentException("这是一个 zip 压缩文件，但不是 Word（.docx）或 Excel（.xlsx）文件");
            case TEXT -> readText(document);
        };
    }

    private DocumentTables readText(byte[] document) {
        if (text == null) {
            throw new UnreadableDocumentException("文件声明为 Word/Excel 文档，但内容不是（" + DocumentFormat.TEXT.description()
                    + "）：文件可能已损坏");
        }
        if (fallback == null) {
            return text.readTables(document);
        }
        try {
            return text.readTables(document);
        } catch (NoTableFoundException notThisLayout) {
            return fallback.readTables(document);
        }
    }
}
