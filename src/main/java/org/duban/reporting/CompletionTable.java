package org.duban.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duban.assessment.Light;
import org.duban.assessment.TaskLight;
import org.duban.assessment.Verdict;
import org.duban.indicator.AssessedIndicator;
import org.duban.task.AssignmentRole;
import org.duban.task.AssignmentRow;

/**
 * A plan as a completion-status table (完成情况表), one row per task in ordinal order. Cells holding several items
 * (indicators, actuals) put one per line; lines of targets and actuals end with "；" so that the cell also reads as
 * one sentence ("工业投资500亿元以上；规上工业增加值增长10%以上").
 */
record CompletionTable(String title, List<String> header, List<Row> rows) {

    static final List<String> HEADER = List.of("序号", "任务内容", "牵头单位", "配合单位", "指标与目标", "完成值", "评估",
            "完成情况");

    /** One task: the ordinal as a number, the other seven cells as text. */
    record Row(int ordinal, List<String> cells) {
    }

    /** A task's fields the table shows. */
    record TaskLine(long id, int ordinal, String content, Light lightOverride, String overrideReason) {
    }

    static CompletionTable of(String title, int planYear, List<TaskLine> tasks, Map<Long, TaskLight> lights,
            Map<Long, Light> effectiveLights, Map<Long, List<AssessedIndicator>> indicators,
            List<AssignmentRow> assignments, Map<Long, String> narratives) {
        Map<Long, List<AssignmentRow>> byTask = assignments.stream()
                .collect(Collectors.groupingBy(AssignmentRow::taskId));
        List<Row> rows = new ArrayList<>();
        for (TaskLine task : tasks) {
            List<AssignmentRow> units = byTask.getOrDefault(task.id(), List.of());
            List<AssessedIndicator> its = indicators.getOrDefault(task.id(), List.of());
            rows.add(new Row(task.ordinal(), List.of(
                    task.content(),
                    units(units, true),
                    units(units, false),
                    its.stream().map(i -> CompletionTexts.target(i.facts(), planYear))
                            .collect(Collectors.joining("；\n")),
                    its.stream().flatMap(i -> i.shownMeasurement().map(m -> CompletionTexts.actual(i.facts(), m))
                            .stream()).collect(Collectors.joining("；\n")),
                    assessment(task, lights.get(task.id()), effectiveLights.get(task.id()), its),
                    narratives.getOrDefault(task.id(), ""))));
        }
        return new CompletionTable(title, HEADER, rows);
    }

    /** "市经信局(绿色处、消费品处)、市商务局": lead units (LEAD, CO_LEAD) or supporting ones, in list order. */
    private static String units(List<AssignmentRow> rows, boolean leading) {
        Map<Long, List<AssignmentRow>> byAssignment = new LinkedHashMap<>();
        rows.stream()
                .filter(a -> (a.role() != AssignmentRole.SUPPORTING) == leading)
                .sorted(java.util.Comparator.comparing(AssignmentRow::position))
                .forEach(a -> byAssignment.computeIfAbsent(a.assignmentId(), id -> new ArrayList<>()).add(a));
        return byAssignment.values().stream().map(named -> {
            List<String> divisions = named.stream().filter(a -> a.divisionName() != null)
                    .map(AssignmentRow::divisionName).toList();
            String unit = named.get(0).unitName();
            return divisions.isEmpty() ? unit : unit + "(" + String.join("、", divisions) + ")";
        }).collect(Collectors.joining("、"));
    }

    /**
     * First line the light that counts ("绿灯", or "黄灯（人工调整，计算为绿灯：理由）"), then one line per indicator:
     * "为企业减负：已完成（完成率103%）", "千兆城市：已完成（人工评定）".
     */
    private static String assessment(TaskLine task, TaskLight computed, Light effective, List<AssessedIndicator> its) {
        List<String> lines = new ArrayList<>();
        if (task.lightOverride() != null) {
            lines.add(CompletionTexts.light(effective) + "（人工调整，计算为" + CompletionTexts.light(computed.light())
                    + "：" + task.overrideReason() + "）");
        } else {
            lines.add(CompletionTexts.light(effective));
        }
        for (AssessedIndicator i : its) {
            Verdict verdict = i.effectiveVerdict();
            String line = i.facts().name() + "：" + CompletionTexts.verdict(verdict);
            if (verdict != i.assessment().verdict()) {
                line += "（人工评定）";
            } else if (i.assessment().ratio() != null) {
                line += "（完成率" + CompletionTexts.percent(i.assessment().ratio()) + "）";
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }
}
