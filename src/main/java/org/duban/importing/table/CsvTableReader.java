package org.duban.importing.table;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a task table from CSV (RFC 4180: quoted cells may hold separators, quotes and line breaks). UTF-8 with or
 * without byte-order mark, or GB18030/GBK as Chinese Excel saves it; comma, semicolon or tab separated, whichever
 * yields a header. Rows above the header become the preamble.
 */
public final class CsvTableReader implements TableReader {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    /** The header is looked for among the first rows only; a title block is never longer. */
    private static final int HEADER_SEARCH_ROWS = 50;

    @Override
    public DocumentTables readTables(byte[] document) {
        return DocumentTables.single("CSV 文件", read(document));
    }

    @Override
    public ParsedTable read(byte[] document) {
        try {
            String text = TextDecoding.decode(document);
            LineIndex lines = new LineIndex(text);
            List<SourceRow> firstTry = null;
            for (char delimiter : DELIMITERS) {
                List<TableWarning> warnings = new ArrayList<>();
                List<SourceRow> rows = records(text, delimiter, lines, warnings);
                if (firstTry == null) {
                    firstTry = rows;
                }
                Optional<ParsedTable> table = tableOf(rows, warnings);
                if (table.isPresent()) {
                    return table.get();
                }
            }
            throw NoTableFoundException.noHeader("CSV 文件", firstTry.stream()
                    .map(row -> String.join(",", row.cells())).toList());
        } catch (UnreadableDocumentException | NoTableFoundException expected) {
            throw expected;
        } catch (RuntimeException | StackOverflowError bug) {
            throw new UnreadableDocumentException("CSV 文件无法解析：" + bug.getClass().getSimpleName(), bug);
        }
    }

    private static Optional<ParsedTable> tableOf(List<SourceRow> rows, List<TableWarning> warnings) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            Optional<HeaderLayout> header = HeaderLayout.recognise(rows.get(i).cells());
            if (header.isPresent()) {
                List<String> preamble = rows.subList(0, i).stream()
                        .map(row -> String.join(" ", row.cells().stream().filter(c -> !c.isBlank()).toList()))
                        .toList();
                return Optional.of(TableAssembler.assemble(preamble, header.get(), rows.subList(i + 1, rows.size()),
                        warnings));
            }
        }
        return Optional.empty();
    }

    /** All records; when quotes do not pair up, the text is read again with quotes taken literally. */
    private static List<SourceRow> records(String text, char delimiter, LineIndex lines, List<TableWarning> warnings) {
        CSVFormat rfc4180 = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try {
            return parse(text, rfc4180, lines);
        } catch (UncheckedIOException | IllegalStateException | IOException malformedQuotes) {
            warnings.add(new TableWarning("全文", "引号不成对，按不带引号的 CSV 读取：" + malformedQuotes.getMessage()));
            CSVFormat literal = rfc4180.builder().setQuote(null).get();
            try {
                return parse(text, literal, lines);
            } catch (UncheckedIOException | IllegalStateException | IOException stillBroken) {
                throw new UnreadableDocumentException("CSV 格式错误：" + stillBroken.getMessage(), stillBroken);
            }
        }
    }

    private static List<SourceRow> parse(String text, CSVFormat format, LineIndex lines) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                int line = lines.lineOf(record.getCharacterPosition());
                rows.add(new SourceRow(TextLine.location(line), Arrays.asList(record.values())));
            }
        }
        return rows;
    }

    /** Maps a character offset to its 1-based line number. */
    private static final class LineIndex {
        private final int[] lineStarts;

        LineIndex(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long offset) {
            int index = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
