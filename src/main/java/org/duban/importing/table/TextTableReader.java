package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a task table from plain text (text/plain, text/markdown): {@code |}-separated tables whose cells may span
 * lines (the seed), Markdown tables, tab-separated lines, and tables with one cell per line after a header of one
 * column name per line. Lines above the header become the preamble.
 */
public final class TextTableReader implements TableReader {

    private static final int MIN_PARAGRAPH_HEADER_LINES = 3;

    @Override
    public DocumentTables readTables(byte[] document) {
        return DocumentTables.single("文本", read(document));
    }

    @Override
    public ParsedTable read(byte[] document) {
        try {
            return readText(TextDecoding.decode(document));
        } catch (UnreadableDocumentException | NoTableFoundException expected) {
            throw expected;
        } catch (RuntimeException | StackOverflowError bug) {
            throw new UnreadableDocumentException("文本表格无法解析：" + bug.getClass().getSimpleName(), bug);
        }
    }

    /** Reads already decoded text. */
    public ParsedTable readText(String text) {
        List<TextLine> lines = TextLine.split(text.replace('｜', '|'));
        Optional<ParsedTable> table = pipeTable(lines, '|');
        if (table.isEmpty()) {
            table = pipeTable(lines, '\t');
        }
        if (table.isEmpty()) {
            table = paragraphTable(lines);
        }
        return table.orElseThrow(() -> NoTableFoundException.noHeader("文本",
                lines.stream().map(TextLine::text).toList()));
    }

    private Optional<ParsedTable> pipeTable(List<TextLine> lines, char separator) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (line.indexOf(separator) < 0) {
                continue;
            }
            String piped = separator == '|' ? line : line.replace('\t', '|');
            Optional<HeaderLayout> header = HeaderLayout.recognise(MarkdownTableParser.cellsOf(piped));
            if (header.isPresent()) {
                return Optional.of(readPipeBody(lines, i, header.get(), separator));
            }
        }
        return Optional.empty();
    }

    private ParsedTable readPipeBody(List<TextLine> lines, int headerIndex, HeaderLayout header, char separator) {
        List<TableWarning> warnings = new ArrayList<>();
        String headerLine = lines.get(headerIndex).text().strip();
        List<TextLine> body = new ArrayList<>(lines.subList(headerIndex + 1, lines.size()));
        if (separator == '\t') {
            body.replaceAll(line -> new TextLine(line.number(), line.text().replace('\t', '|')));
        }
        boolean markdown = !body.isEmpty() && MarkdownTableParser.DELIMITER_ROW.matcher(body.get(0).text()).matches()
                && body.get(0).text().contains("-");
        List<SourceRow> rows;
        if (markdown) {
            rows = MarkdownTableParser.parse(body.subList(1, body.size()), warnings);
        } else {
            boolean leading = headerLine.startsWith(String.valueOf(separator));
            boolean trailing = headerLine.endsWith(String.valueOf(separator));
            rows = new PipeTableParser(header.width(), leading, trailing, warnings).parse(body);
        }
        return TableAssembler.assemble(preamble(lines, headerIndex), header, rows, warnings);
    }

    private Optional<ParsedTable> paragraphTable(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            int end = i;
            while (end < lines.size() && looksLikeHeaderCell(lines.get(end).text())) {
                end++;
            }
            if (end - i >= MIN_PARAGRAPH_HEADER_LINES) {
                List<String> cells = lines.subList(i, end).stream().map(TextLine::text).toList();
                Optional<HeaderLayout> header = HeaderLayout.recognise(cells);
                if (header.isPresent()) {
                    List<TableWarning> warnings = new ArrayList<>();
                    List<SourceRow> rows = ParagraphTableParser.parse(header.get(), lines.subList(end, lines.size()),
                            warnings);
                    return Optional.of(TableAssembler.assemble(preamble(lines, i), header.get(), rows, warnings));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean looksLikeHeaderCell(String line) {
        String compact = TextNormalizer.compact(line);
        return !compact.isEmpty() && compact.length() <= ParagraphTableParser.MAX_HEADER_LINE_LENGTH
                && HeaderMatcher.roleOf(compact) != ColumnRole.NOTES;
    }

    private static List<String> preamble(List<TextLine> lines, int headerIndex) {
        return lines.subList(0, headerIndex).stream()
                .map(TextLine::text)
                .filter(text -> !TextNormalizer.isBlank(text))
                .toList();
    }
}
