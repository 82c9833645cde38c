package org.duban.importing.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a header and raw rows into a {@link ParsedTable}, applying the rules every format shares: cells normalised,
 * blank rows dropped, totals rows (合计/总计/小计) and the header repeated under a group skipped, section headings,
 * group rows and 类别 cells carried down as the category, rows without task content merged into the task above (the
 * rendering of a merged task cell), and a row holding nothing but a fragment of task text (新增学位810个) appended to
 * the task above: a task row always has something besides its text.
 */
final class TableAssembler {

    private static final Pattern TOTALS = Pattern.compile("^(合计|总计|小计|共计|总合计)");
    /** 一、产业发展 / （一）工业经济 / 第一部分 …: a heading that groups the rows below it. */
    private static final Pattern SECTION_HEADING = Pattern.compile(
            "^([一二三四五六七八九十百]+[、.]|[(（][一二三四五六七八九十百]+[)）]|第[一二三四五六七八九十百]+[部分章类项篇板块]+).*");

    private final HeaderLayout header;
    private final List<TableWarning> warnings;
    private final List<RowDraft> drafts = new ArrayList<>();
    private String currentCategory;

    private TableAssembler(HeaderLayout header, List<TableWarning> warnings) {
        this.header = header;
        this.warnings = warnings;
    }

    /** Assembles the table; {@code warnings} are those the reader already collected and come first. */
    static ParsedTable assemble(List<String> preamble, HeaderLayout header, List<SourceRow> rows,
            List<TableWarning> readerWarnings) {
        List<TableWarning> warnings = new ArrayList<>();
        header.notices().forEach(notice -> warnings.add(new TableWarning("表头", notice)));
        warnings.addAll(readerWarnings);
        TableAssembler assembler = new TableAssembler(header, warnings);
        rows.forEach(assembler::accept);
        List<String> cleanPreamble = preamble.stream()
                .map(TextNormalizer::normalizeCell)
                .flatMap(line -> line.lines())
                .filter(line -> !line.isBlank())
                .toList();
        return new ParsedTable(cleanPreamble, header.names(), header.roles(), assembler.drafts.stream().map(RowDraft::toRow).toList(),
                warnings);
    }

    private void accept(SourceRow row) {
        List<String> cells = normalisedCells(row);
        if (cells.stream().allMatch(String::isEmpty)) {
            return;
        }
        if (isTotals(cells)) {
            warnings.add(new TableWarning(row.location(), "合计行不是任务，已跳过：" + abbreviate(firstNonBlank(cells))));
            return;
        }
        if (row.group() || isSectionHeading(cells)) {
            currentCategory = firstNonBlank(cells);
            return;
        }
        if (isRepeatedHeader(cells)) {
            warnings.add(new TableWarning(row.location(), "重复的表头，已跳过"));
            return;
        }
        int lone = loneCell(cells);
        if (lone >= 0 && CellShapes.isGroupHeading(cells.get(lone))) {
            currentCategory = cells.get(lone);
            return;
        }
        if (lone >= 0 && lone == header.indexOf(ColumnRole.CONTENT) && !drafts.isEmpty()
                && !row.mergedFromAbove().contains(lone)) {
            RowDraft previous = drafts.get(drafts.size() - 1);
            previous.appendContent(cells.get(lone));
            warnings.add(new TableWarning(row.location(), "本行只有任务内容的一段文字，接在上一行（" + previous.location
                    + "）的任务内容之后"));
            return;
        }
        String category = cell(cells, ColumnRole.CATEGORY);
        if (!category.isEmpty()) {
            currentCategory = category;
        }
        if (isContinuation(row, cells)) {
            RowDraft previous = drafts.get(drafts.size() - 1);
            previous.absorb(cells);
            if (!row.mergedFromAbove().contains(header.indexOf(ColumnRole.CONTENT))) {
                warnings.add(new TableWarning(row.location(), "没有任务内容，按合并单元格并入上一行（" + previous.location + "）"));
            }
            return;
        }
        if (cell(cells, ColumnRole.CONTENT).isEmpty()) {
            warnings.add(new TableWarning(row.location(), "没有任务内容，已跳过"));
            return;
        }
        drafts.add(new RowDraft(row.location(), cells, currentCategory));
    }

    private List<String> normalisedCells(SourceRow row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < header.width(); i++) {
            cells.add(i < row.cells().size() ? TextNormalizer.normalizeCell(row.cells().get(i)) : "");
        }
        List<String> extra = row.cells().subList(Math.min(header.width(), row.cells().size()), row.cells().size())
                .stream().map(TextNormalizer::normalizeCell).filter(c -> !c.isEmpty()).toList();
        if (!extra.isEmpty()) {
            warnings.add(new TableWarning(row.location(), "单元格比表头多" + extra.size() + "个，多出的内容并入最后一列"));
            int last = header.width() - 1;
            cells.set(last, joinDistinct(cells.get(last), String.join("\n", extra)));
        }
        return cells;
    }

    private boolean isTotals(List<String> cells) {
        String ordinal = TextNormalizer.compact(cell(cells, ColumnRole.ORDINAL));
        String content = TextNormalizer.compact(cell(cells, ColumnRole.CONTENT));
        String first = TextNormalizer.compact(firstNonBlank(cells));
        return TOTALS.matcher(ordinal).find() || TOTALS.matcher(content).find() || TOTALS.matcher(first).find();
    }

    /** One non-blank cell: in the 类别 column, or a numbered heading (一、…) in the first columns. */
    private boolean isSectionHeading(List<String> cells) {
        int nonBlank = 0;
        int index = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                nonBlank++;
                index = i;
            }
        }
        if (nonBlank != 1 || header.width() < 2) {
            return false;
        }
        ColumnRole role = header.roles().get(index);
        if (role == ColumnRole.CATEGORY) {
            return true;
        }
        boolean leadingColumn = role == ColumnRole.ORDINAL || role == ColumnRole.CONTENT || index == 0;
        return leadingColumn && SECTION_HEADING.matcher(cells.get(index)).matches();
    }

    /** The header again, as tables print it under each group: every non-blank cell is its column's name. */
    private boolean isRepeatedHeader(List<String> cells) {
        int matching = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            if (!TextNormalizer.compact(cells.get(i)).equals(TextNormalizer.compact(header.names().get(i)))) {
                return false;
            }
            matching++;
        }
        return matching >= 2;
    }

    /**
     * The index of the row's only non-blank cell when it is in a leading column (序号, 任务内容 or the first), else -1:
     * a group row, or a task's text continued on a row of its own.
     */
    private int loneCell(List<String> cells) {
        int index = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                if (index >= 0) {
                    return -1;
                }
                index = i;
            }
        }
        if (index < 0 || header.width() < 2) {
            return -1;
        }
        ColumnRole role = header.roles().get(index);
        return role == ColumnRole.CONTENT || role == ColumnRole.ORDINAL || index == 0 ? index : -1;
    }

    /** No task content and no ordinal of its own, but something else: the lower part of a merged task. */
    private boolean isContinuation(SourceRow row, List<String> cells) {
        if (drafts.isEmpty()) {
            return false;
        }
        return isBlankOrMerged(row, cells, ColumnRole.CONTENT) && isBlankOrMerged(row, cells, ColumnRole.ORDINAL);
    }

    private boolean isBlankOrMerged(SourceRow row, List<String> cells, ColumnRole role) {
        int index = header.indexOf(role);
        return index < 0 || cells.get(index).isEmpty() || row.mergedFromAbove().contains(index);
    }

    private String cell(List<String> cells, ColumnRole role) {
        int index = header.indexOf(role);
        return index < 0 ? "" : cells.get(index);
    }

    private static String firstNonBlank(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 30 ? oneLine : oneLine.substring(0, 30) + "…";
    }

    private static String joinDistinct(String existing, String addition) {
        if (addition.isEmpty() || existing.equals(addition) || existing.lines().anyMatch(addition::equals)) {
            return existing;
        }
        return existing.isEmpty() ? addition : existing + "\n" + addition;
    }

    /** A task row being built; continuation rows below it add their cells to it. */
    private final class RowDraft {
        private final String location;
        private final List<String> cells;
        private final String category;

        RowDraft(String location, List<String> cells, String category) {
            this.location = location;
            this.cells = new ArrayList<>(cells);
            this.category = category;
        }

        void appendContent(String text) {
            int index = header.indexOf(ColumnRole.CONTENT);
            cells.set(index, cells.get(index).isEmpty() ? text : cells.get(index) + "\n" + text);
        }

        void absorb(List<String> more) {
            for (int i = 0; i < cells.size(); i++) {
                ColumnRole role = header.roles().get(i);
                if (role != ColumnRole.CATEGORY && role != ColumnRole.ORDINAL) {
                    cells.set(i, joinDistinct(cells.get(i), more.get(i)));
                }
            }
        }

        ParsedRow toRow() {
            Map<ColumnRole, String> byRole = new EnumMap<>(ColumnRole.class);
            Map<String, String> notes = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                ColumnRole role = header.roles().get(i);
                String text = cells.get(i);
                if (role == ColumnRole.CATEGORY) {
                    continue;
                }
                if (text.isEmpty()) {
                    continue;
                }
                if (role == ColumnRole.NOTES) {
                    String name = header.names().get(i).isEmpty() ? "第" + (i + 1) + "列" : header.names().get(i);
                    notes.merge(name, text, (a, b) -> a + "\n" + b);
                } else {
                    byRole.put(role, text);
                }
            }
            if (category != null && header.indexOf(ColumnRole.CATEGORY) >= 0) {
                byRole.put(ColumnRole.CATEGORY, category);
            }
            return new ParsedRow(location, byRole, notes, category);
        }
    }
}
