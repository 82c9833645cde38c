package org.duban.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.importing.ImportDraft.AssignmentDraft;
import org.duban.importing.ImportDraft.PlanDraft;
import org.duban.importing.ImportDraft.TaskDraft;
import org.duban.importing.extract.ColumnHeader;
import org.duban.importing.extract.Extraction;
import org.duban.importing.extract.IndicatorExtractor;
import org.duban.importing.extract.PeriodPhrases;
import org.duban.importing.extract.TableContext;
import org.duban.importing.extract.TaskText;
import org.duban.importing.table.ColumnRole;
import org.duban.importing.table.DocumentMetadata;
import org.duban.importing.table.ParsedRow;
import org.duban.importing.table.ParsedTable;
import org.duban.importing.table.PlanMetadataExtractor;
import org.duban.importing.table.TextNormalizer;
import org.duban.importing.units.UnitListParser;
import org.duban.importing.units.UnitMention;
import org.duban.importing.units.UnitsInText;
import org.duban.plan.Disclosure;
import org.duban.quantity.Period;
import org.duban.task.AssignmentRole;

/**
 * Interprets a parsed table as a plan and its tasks: plan fields from the lines above the table (or the caller's
 * parameters), units from the unit cells in order, indicators from the text. Pure: it reads no database.
 */
final class DraftBuilder {

    // The bounds of the API's own requests and columns, so that an import never stores what a PUT would refuse.
    static final int MIN_YEAR = 1949;
    static final int MAX_YEAR = 2100;
    private static final int MAX_TITLE = 300;
    private static final int MAX_NAME = 200;
    private static final int MAX_DOCUMENT_NUMBER = 100;
    private static final int MAX_CONTENT = 8000;
    private static final int MAX_ORDINAL = 100_000;
    private static final int MAX_SOURCE_TEXT = 1_000_000;

    private final IndicatorExtractor extractor = new IndicatorExtractor();

    /** What the caller says about the document, overriding what the document says about itself. */
    record Options(String region, String planTitle, Integer year, String sourceText) {
    }

    ImportDraft build(ParsedTable table, Options options) {
        List<ImportWarning> warnings = new ArrayList<>();
        table.warnings().forEach(w -> warnings.add(ImportWarning.at(w.location(), w.message())));
        PlanDraft plan = plan(table, options);
        TableContext context = context(table, plan);
        List<Integer> ordinals = ordinals(table.rows(), warnings);
        List<TaskDraft> tasks = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            ParsedRow row = table.rows().get(i);
            String content = row.cell(ColumnRole.CONTENT).strip();
            if (content.isEmpty()) {
                warnings.add(ImportWarning.at(row.location(), "这一行没有任务内容，已跳过"));
                continue;
            }
            if (content.length() > MAX_CONTENT) {
                throw new IncompleteDocumentException(row.location() + "的任务内容超过" + MAX_CONTENT + "个字符，"
                        + "可能是表格的分隔符没有被识别");
            }
            tasks.add(task(row, ordinals.get(i), content, context, warnings));
        }
        if (tasks.isEmpty()) {
            throw new IncompleteDocumentException("表格中没有任务行：找到了表头，但没有一行写有任务内容");
        }
        return new ImportDraft(plan, tasks, warnings);
    }

    private PlanDraft plan(ParsedTable table, Options options) {
        DocumentMetadata meta = PlanMetadataExtractor.extract(table.preamble());
        String title = firstNonBlank(options.planTitle(), TextNormalizer.withoutInvisible(meta.title()));
        if (title == null) {
            throw new IncompleteDocumentException("文档中没有找到计划标题（如“2023年市政府工作报告完成情况表”）；"
                    + "请用参数 planTitle 指明");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new IncompleteDocumentException("计划标题超过" + MAX_TITLE + "个字符；请用参数 planTitle 指明较短的标题");
        }
        Integer year = options.year() != null ? options.year()
                : meta.year() != null ? meta.year() : PlanMetadataExtractor.yearOf(title);
        if (year == null) {
            throw new IncompleteDocumentException("无法从标题“" + title + "”确定年份；请用参数 year 指明");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IncompleteDocumentException("年份" + year + "不在" + MIN_YEAR + "–" + MAX_YEAR + "之间；请用参数 year 指明");
        }
        Disclosure disclosure = DocumentMetadata.PUBLIC.equals(meta.disclosure()) ? Disclosure.PUBLIC
                : DocumentMetadata.INTERNAL.equals(meta.disclosure()) ? Disclosure.INTERNAL : null;
        String documentNumber = blankToNull(meta.documentNumber());
        String sourceText = options.sourceText() != null && options.sourceText().length() <= MAX_SOURCE_TEXT
                ? options.sourceText() : null;
        return new PlanDraft(title.strip(), year, options.region(), disclosure, fitting(meta.issuer(), MAX_NAME),
                meta.publishedOn(), meta.publishedAt(), fitting(documentNumber, MAX_DOCUMENT_NUMBER), sourceText);
    }

    /** What the table's headers and the document's title say about the numbers in its cells. */
    private static TableContext context(ParsedTable table, PlanDraft plan) {
        int year = plan.year();
        return new TableContext(year, ColumnHeader.of(table.header(ColumnRole.TARGET), year),
                ColumnHeader.of(table.header(ColumnRole.ACTUAL), year),
                ColumnHeader.of(table.header(ColumnRole.PROGRESS), year),
                ColumnHeader.of(table.header(ColumnRole.STAGE_TARGET), year),
                ColumnHeader.of(table.header(ColumnRole.COMPLETION_RATE), year),
                documentPeriod(table.preamble(), plan), table.header(ColumnRole.CONTENT).contains("指标"));
    }

    /**
     * The part of the plan year the document reports on: a period its title or caption names (上半年, 1-9月), else up
     * to its publication date within the year, else none (the plan year is assumed).
     */
    private static Period documentPeriod(List<String> preamble, PlanDraft plan) {
        Period year = Period.year(plan.year());
        Period named = null;
        for (String line : preamble) {
            for (PeriodPhrases.Phrase p : PeriodPhrases.find(line, plan.year())) {
                if (p.isDetermined() && year.contains(p.period()) && !p.period().equals(new Period(year.from(),
                        year.to(), p.period().label()))) {
                    named = p.period();
                }
            }
        }
        if (named != null) {
            return named;
        }
        LocalDate published = plan.publishedOn();
        if (published != null && published.getYear() == plan.year() && published.isBefore(year.to())) {
            return new Period(year.from(), published, "截至" + published.getMonthValue() + "月"
                    + published.getDayOfMonth() + "日");
        }
        return null;
    }

    private TaskDraft task(ParsedRow row, int ordinal, String writtenContent, TableContext context,
            List<ImportWarning> warnings) {
        int year = context.planYear();
        List<AssignmentDraft> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String content = writtenContent;
        String leadCell = row.cell(ColumnRole.LEAD_UNITS);
        String supportingCell = row.cell(ColumnRole.SUPPORTING_UNITS);
        if (leadCell.isBlank()) {
            // no unit column, or an empty cell: the task may name its units itself ("（牵头单位：市疫情防控办）")
            UnitsInText.Split split = UnitsInText.split(writtenContent);
            if (split.found() && !split.content().isBlank()) {
                content = split.content();
                leadCell = split.leads();
                supportingCell = supportingCell.isBlank() ? split.supporting() : supportingCell;
            }
        }
        List<UnitMention> leads = UnitListParser.parse(leadCell);
        for (UnitMention mention : leads) {
            if (tooLong(mention, row, warnings)) {
                continue;
            }
            if (seen.add(mention.name())) {
                AssignmentRole role = units.isEmpty() ? AssignmentRole.LEAD : AssignmentRole.CO_LEAD;
                units.add(new AssignmentDraft(mention.name(), role, units.size(), mention.divisions()));
            }
        }
        for (UnitMention mention : UnitListParser.parse(supportingCell)) {
            if (tooLong(mention, row, warnings)) {
                continue;
            }
            if (seen.add(mention.name())) {
                units.add(new AssignmentDraft(mention.name(), AssignmentRole.SUPPORTING, units.size(),
                        mention.divisions()));
            }
        }
        if (leads.isEmpty()) {
            warnings.add(ImportWarning.at(row.location(), "没有牵头单位"));
        }
        LocalDate due = LocalDate.of(year, 12, 31);
        String dueCell = row.cell(ColumnRole.DUE_DATE);
        if (!dueCell.isBlank()) {
            due = DueDates.parse(dueCell, year).orElse(due);
            if (DueDates.parse(dueCell, year).isEmpty()) {
                warnings.add(ImportWarning.at(row.location(), "无法读懂完成时限“" + dueCell + "”，按年底计"));
            }
        }
        String progress = blankToNull(row.cell(ColumnRole.PROGRESS));
        Extraction extraction = extractor.extract(new TaskText(content, blankToNull(row.cell(ColumnRole.TARGET)),
                blankToNull(row.cell(ColumnRole.ACTUAL)), progress, blankToNull(row.cell(ColumnRole.STAGE_TARGET)),
                blankToNull(row.cell(ColumnRole.COMPLETION_RATE))), context);
        extraction.warnings().forEach(w -> warnings.add(ImportWarning.at(row.location(), w)));
        return new TaskDraft(row.location(), ordinal, content, due, units, extraction.indicators(), progress);
    }

    /** A unit name longer than a name can be is a cell the splitter could not cut: left to a person. */
    private static boolean tooLong(UnitMention mention, ParsedRow row, List<ImportWarning> warnings) {
        boolean tooLong = mention.name().length() > MAX_NAME - 20
                || mention.divisions().stream().anyMatch(d -> d.length() > MAX_NAME - 40);
        if (tooLong) {
            warnings.add(ImportWarning.at(row.location(), "单位名称过长，未能拆分，已略去：" + mention.name().substring(0,
                    Math.min(30, mention.name().length())) + "…"));
        }
        return tooLong;
    }

    /** The 序号 column when it numbers every row uniquely; otherwise the rows' order. */
    private static List<Integer> ordinals(List<ParsedRow> rows, List<ImportWarning> warnings) {
        Map<Integer, Integer> written = new LinkedHashMap<>();
        boolean usable = !rows.isEmpty();
        for (int i = 0; i < rows.size() && usable; i++) {
            String cell = TextNormalizer.halfWidth(rows.get(i).cell(ColumnRole.ORDINAL)).strip()
                    .replaceAll("[.、．)）]$", "");
            if (!cell.matches("\\d{1,6}") || written.put(Integer.parseInt(cell), i) != null
                    || Integer.parseInt(cell) == 0 || Integer.parseInt(cell) > MAX_ORDINAL) {
                usable = false;
            }
        }
        List<Integer> result = new ArrayList<>();
        if (usable) {
            result.addAll(written.keySet());
        } else {
            for (int i = 1; i <= rows.size(); i++) {
                result.add(i);
            }
            if (rows.stream().anyMatch(r -> !r.cell(ColumnRole.ORDINAL).isBlank())) {
                warnings.add(ImportWarning.at(null, "序号列不是唯一的正整数，已按行的顺序编号"));
            }
        }
        return result;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    private static String fitting(String s, int max) {
        return s == null || s.isBlank() || s.strip().length() > max ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
