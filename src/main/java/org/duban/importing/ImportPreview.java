package org.duban.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.common.DatePeriod;
import org.duban.importing.ImportDraft.AssignmentDraft;
import org.duban.importing.ImportDraft.TaskDraft;
import org.duban.importing.extract.ExtractedIndicator;
import org.duban.importing.extract.ExtractedMeasurement;
import org.duban.importing.table.DocumentTables;
import org.duban.importing.table.FoundTable;
import org.duban.importing.table.ParsedTable;
import org.duban.plan.Disclosure;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.duban.task.AssignmentRole;
import org.duban.unit.Unit;
import org.duban.unit.UnitKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a dry run: what the document holds and what importing it would do, with nothing written. */
@Schema(name = "ImportPreview", description = "What importing the document would do; nothing was written")
public record ImportPreview(
        @Schema(description = "The plan as the document describes it") PreviewPlan plan,
        @Schema(description = "One entry per task row, in the document's order") List<PreviewTask> tasks,
        @Schema(description = "Units the import would create") List<PreviewNewUnit> newUnits,
        @Schema(description = "Rows the import would create") ImportCounts wouldCreate,
        @Schema(description = "Rows the import would change") ImportCounts wouldUpdate,
        @Schema(description = "What a person should check") List<ImportWarning> warnings,
        @Schema(description = "Every table the document holds, in order; `table=N` imports another one")
        List<PreviewTable> tables) {

    /** A table of the document. */
    @Schema(name = "ImportPreviewTable", description = "A table found in the document")
    public record PreviewTable(
            @Schema(description = "1-based number, the value of `table` that imports it", examples = "2") int index,
            @Schema(nullable = true, description = "Its caption or the heading above it", examples = "附件2：民生实事项目进展情况")
            String caption,
            @Schema(description = "Task rows when it has a task column, otherwise rows", examples = "12") int rowCount,
            @Schema(description = "Whether it has a task (任务内容) column and can be imported", examples = "true")
            boolean hasTaskColumn,
            @Schema(description = "Whether this is the table the preview shows", examples = "true") boolean selected) {
    }

    /** The plan of a preview. */
    @Schema(name = "ImportPreviewPlan", description = "The plan as the document describes it")
    public record PreviewPlan(
            @Schema(description = "Title", examples = "2023年市政府工作报告完成情况表") String title,
            @Schema(description = "Year", examples = "2023") int year,
            @Schema(description = "Region", examples = "舟山市") String region,
            @Schema(description = "Disclosure; INTERNAL when the document does not say", examples = "PUBLIC")
            Disclosure disclosure,
            @Schema(nullable = true, description = "Issuer as written", examples = "市经济和信息化局") String issuer,
            @Schema(nullable = true,
                    description = "Existing unit the issuer resolves to, null when it would be created", examples = "1")
            Long issuerMatchedUnitId,
            @Schema(nullable = true, description = "Publication date", examples = "2024-01-19") LocalDate publishedOn,
            @Schema(nullable = true,
                    description = "Document number", examples = "001008009005003/2024-00292") String documentNumber,
            @Schema(description = "Id of the existing plan the import would update, null for a new plan",
                    nullable = true) Long existingPlanId) {
    }

    /** A task row of a preview. */
    @Schema(name = "ImportPreviewTask", description = "A task row as read")
    public record PreviewTask(
            @Schema(description = "Where the row is", examples = "第16行") String location,
            @Schema(description = "序号", examples = "3") int ordinal,
            @Schema(description = "Content as written", examples = "聚力攻坚…实现工业投资 500 亿元以上。") String content,
            @Schema(nullable = true, description = "Due date", examples = "2023-12-31") LocalDate dueDate,
            @Schema(description = "Units in order") List<PreviewUnit> units,
            @Schema(description = "Indicators read from the text") List<PreviewIndicator> indicators,
            @Schema(nullable = true,
                    description = "Completion text", examples = "1-12月,预计完成工业投资510亿元以上…") String progressText) {
    }

    /** A unit named in a row. */
    @Schema(name = "ImportPreviewUnit", description = "A unit named in a row and the existing unit it resolves to")
    public record PreviewUnit(
            @Schema(description = "Name as written", examples = "市经信局") String name,
            @Schema(description = "Role", examples = "LEAD") AssignmentRole role,
            @Schema(description = "Zero-based position", examples = "0") int position,
            @Schema(nullable = true,
                    description = "Existing unit it resolves to; null when it would be created", examples = "1")
            Long matchedUnitId,
            @Schema(description = "Divisions named with it") List<PreviewDivision> divisions) {
    }

    /** A division named with a unit. */
    @Schema(name = "ImportPreviewDivision", description = "A division named with a unit")
    public record PreviewDivision(
            @Schema(description = "Name as written", examples = "绿色处") String name,
            @Schema(description = "Existing division it resolves to, or null", nullable = true) Long matchedUnitId) {
    }

    /** An indicator read from a row. */
    @Schema(name = "ImportPreviewIndicator", description = "An indicator read from the text")
    public record PreviewIndicator(
            @Schema(description = "Name", examples = "工业投资") String name,
            @Schema(description = "Kind", examples = "LEVEL") MeasureKind kind,
            @Schema(description = "Accumulation", examples = "CUMULATIVE") Accumulation accumulation,
            @Schema(description = "Direction", examples = "ASCENDING") Direction direction,
            @Schema(description = "Commitment", examples = "FIRM") Commitment commitment,
            @Schema(nullable = true, description = "Target, null for a tracking-only indicator") PreviewTarget target,
            @Schema(description = "Actual values read from the completion text") List<PreviewMeasurement> measurements,
            @Schema(nullable = true,
                    description = "The phrase it came from", examples = "实现工业投资 500 亿元以上") String sourceText) {
    }

    /** A target read from text. */
    @Schema(name = "ImportPreviewTarget", description = "A target read from the text")
    public record PreviewTarget(
            @Schema(description = "Comparator", examples = "GTE") Comparator comparator,
            @Schema(description = "Value", examples = "500") BigDecimal value,
            @Schema(description = "Unit", examples = "亿元") String unit,
            @Schema(description = "Period") DatePeriod period,
            @Schema(nullable = true,
                    description = "The phrase it came from", examples = "工业投资 500 亿元以上") String sourceText) {
    }

    /** An actual read from text. */
    @Schema(name = "ImportPreviewMeasurement", description = "An actual value read from the completion text")
    public record PreviewMeasurement(
            @Schema(description = "Value", examples = "510") BigDecimal value,
            @Schema(description = "Unit", examples = "亿元") String unit,
            @Schema(nullable = true, description = "Qualifier", examples = "GTE") Comparator qualifier,
            @Schema(description = "Period") DatePeriod period,
            @Schema(description = "Status", examples = "ESTIMATED") MeasurementStatus status,
            @Schema(nullable = true,
                    description = "The phrase it came from", examples = "1-12月,预计完成工业投资510亿元以上") String sourceText) {
    }

    /** A unit the import would create. */
    @Schema(name = "ImportPreviewNewUnit", description = "A unit the import would create")
    public record PreviewNewUnit(
            @Schema(description = "Name", examples = "市科技局") String name,
            @Schema(description = "Guessed kind", examples = "MUNICIPAL_DEPARTMENT") UnitKind kind,
            @Schema(description = "Parent for a division", nullable = true) String parentName,
            @Schema(description = "Aliases from the dictionary", examples = "[\"市科学技术局\"]") List<String> aliases) {
    }

    /** The preview's list of a document's tables, the chosen one marked. */
    static List<PreviewTable> tables(DocumentTables tables, ParsedTable chosen) {
        List<PreviewTable> list = new ArrayList<>();
        for (int i = 0; i < tables.tables().size(); i++) {
            FoundTable t = tables.tables().get(i);
            list.add(new PreviewTable(i + 1, t.caption(), t.rowCount(), t.hasTaskColumn(), t.table() == chosen));
        }
        return list;
    }

    static ImportPreview of(ImportDraft draft, ImportWriter.Outcome outcome, List<PreviewTable> tables) {
        var p = draft.plan();
        Map<String, Long> matched = outcome.matchedUnitIds();
        PreviewPlan plan = new PreviewPlan(p.title(), p.year(), p.region(),
                p.disclosure() != null ? p.disclosure() : Disclosure.INTERNAL, p.issuer(),
                p.issuer() == null ? null : matched.get(p.issuer()), p.publishedOn(), p.documentNumber(),
                outcome.planExisted() ? outcome.plan().id : null);
        List<PreviewTask> tasks = draft.tasks().stream().map(t -> task(t, matched)).toList();
        List<PreviewNewUnit> newUnits = outcome.newUnits().stream().map(ImportPreview::newUnit).toList();
        return new ImportPreview(plan, tasks, newUnits, outcome.created(), outcome.updated(), outcome.warnings(),
                tables);
    }

    private static PreviewTask task(TaskDraft t, Map<String, Long> matched) {
        List<PreviewUnit> units = t.units().stream().map(a -> unit(a, matched)).toList();
        return new PreviewTask(t.location(), t.ordinal(), t.content(), t.dueDate(), units,
                t.indicators().stream().map(ImportPreview::indicator).toList(), t.progressText());
    }

    private static PreviewUnit unit(AssignmentDraft a, Map<String, Long> matched) {
        return new PreviewUnit(a.name(), a.role(), a.position(), matched.get(a.name()), a.divisions().stream()
                .map(d -> new PreviewDivision(d, matched.get(a.name() + "/" + d))).toList());
    }

    private static PreviewIndicator indicator(ExtractedIndicator e) {
        var t = e.target();
        PreviewTarget target = t == null ? null
                : new PreviewTarget(t.comparator(), t.value(), t.unit(), DatePeriod.of(t.period()), t.sourceText());
        return new PreviewIndicator(e.name(), e.kind(), e.accumulation(), e.direction(), e.commitment(), target,
                e.measurements().stream().map(ImportPreview::measurement).toList(), e.sourceText());
    }

    private static PreviewMeasurement measurement(ExtractedMeasurement m) {
        return new PreviewMeasurement(m.value(), m.unit(), m.qualifier(), DatePeriod.of(m.period()), m.status(),
                m.sourceText());
    }

    private static PreviewNewUnit newUnit(Unit u) {
        return new PreviewNewUnit(u.name, u.kind, u.parent == null ? null : u.parent.name, List.copyOf(u.aliases));
    }
}
