package org.duban.importing.table;

/**
 * Reads a document whose media type says nothing useful by looking at its bytes: a zip (PK) is an XLSX workbook, an
 * OLE2 file is a legacy or encrypted workbook (refused), anything else is text — a {@code |} table if it has one,
 * otherwise CSV.
 */
final class DetectingTableReader implements TableReader {

    private final TableReader text;
    private final TableReader csv;
    private final TableReader xlsx;

    DetectingTableReader(TableReader text, TableReader csv, TableReader xlsx) {
        this.text = text;
        this.csv = csv;
        this.xlsx = xlsx;
    }

    @Override
    public ParsedTable read(byte[] document) {
        if (document != null && document.length >= 4 && document[0] == 'P' && document[1] == 'K') {
            return xlsx.read(document);
        }
        if (document != null && document.length >= 4 && (document[0] & 0xFF) == 0xD0 && (document[1] & 0xFF) == 0xCF) {
            return xlsx.read(document); // refuses it with the .xls / encrypted message
        }
        try {
            return text.read(document);
        } catch (NoTableFoundException notAPipeTable) {
            return csv.read(document);
        }
    }
}
