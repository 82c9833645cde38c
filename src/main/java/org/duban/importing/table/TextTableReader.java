package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a task table from plain text (text/plain, text/markdown), as pasted from Word or a browser: {@code |}-separated
 * tables whose cells may span lines (the seed), Markdown tables, tab-separated lines (a browser's copy of a table,
 * cells with line breaks quoted or spilling onto the next line), and tables with one cell per line or per paragraph
 * after a header of one column name per line. Page chrome (breadcrumbs, 字号, 打印, copyright lines) is dropped
 * wherever it is. Lines above the header become the preamble.
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
        List<TextLine> lines = TextLine.split(text.replace('｜', '|')).stream()
                .filter(line -> !PageChrome.isChrome(line.text()))
                .toList();
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
            body = TabText.unquoted(body);
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

    /**
     * A header of one column name per line (blank lines between them allowed), then the cells. A title line that
     * happens to end like a column name (民生实事进展情况) is not taken into the header when the names below it
     * already form one.
     */
    private Optional<ParsedTable> paragraphTable(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!looksLikeHeaderCell(lines.get(i).text())) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            int end = i;
            while (end < lines.size() && (lines.get(end).isBlank() || looksLikeHeaderCell(lines.get(end).text()))) {
                if (!lines.get(end).isBlank()) {
                    cells.add(lines.get(end).text());
                }
                end++;
            }
            while (end > i && lines.get(end - 1).isBlank()) {
                end--;
            }
            if (cells.size() >= MIN_PARAGRAPH_HEADER_LINES) {
                Optional<HeaderLayout> header = HeaderLayout.recognise(cells);
                Optional<HeaderLayout> withoutFirst = HeaderLayout.recognise(cells.subList(1, cells.size()));
                if (header.isPresent() && withoutFirst.isPresent() && header.get().roles().contains(ColumnRole.NOTES)
                        && !withoutFirst.get().roles().contains(ColumnRole.NOTES)
                        && cells.size() - 1 >= MIN_PARAGRAPH_HEADER_LINES) {
                    continue; // the first line is a title; the header starts on the next one
                }
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
