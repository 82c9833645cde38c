package org.duban.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lights a task (亮灯) from the verdicts of its indicators (docs/domain.md); the date is always given, never read.
 *
 * <p>The first row that applies decides:
 * <table>
 * <caption>Traffic light rules</caption>
 * <tr><th>#</th><th>when</th><th>light</th></tr>
 * <tr><td>1</td><td>any NOT_MET, LIKELY_NOT_MET or OFF_TRACK</td><td>RED</td></tr>
 * <tr><td>2</td><td>any AT_RISK, or any NO_DATA when {@code asOf} is after {@code dueDate}</td><td>YELLOW</td></tr>
 * <tr><td>3</td><td>any favourable verdict (MET, EXCEEDED, LIKELY_MET, ON_TRACK)</td><td>GREEN</td></tr>
 * <tr><td>4</td><td>nothing to judge: no indicators, only NO_DATA not yet due, only NOT_ASSESSABLE</td>
 *     <td>GREY</td></tr>
 * </table>
 *
 * <p>The caller passes <em>effective</em> verdicts: where a person has recorded a verdict for a NOT_ASSESSABLE
 * indicator (a MILESTONE, a RANK), that verdict goes in instead of NOT_ASSESSABLE. On the due date itself a task is
 * not yet late; without a due date, missing data never turns the light yellow. An editor's override of the light is
 * kept by the caller beside this computed light, not applied here.
 */
public final class TrafficLightRule {

    private TrafficLightRule() {
    }

    public static TaskLight light(List<Verdict> verdicts, LocalDate dueDate, LocalDate asOf) {
        Objects.requireNonNull(verdicts, "verdicts");
        Objects.requireNonNull(asOf, "asOf");
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : verdicts) {
            counts.merge(Objects.requireNonNull(verdict, "verdict"), 1, Integer::sum);
        }
        boolean overdue = dueDate != null && asOf.isAfter(dueDate);

        List<String> red = new ArrayList<>();
        count(counts, Verdict.NOT_MET, "项指标未完成", red);
        count(counts, Verdict.LIKELY_NOT_MET, "项指标预计未完成", red);
        count(counts, Verdict.OFF_TRACK, "项指标进度滞后", red);
        if (!red.isEmpty()) {
            return new TaskLight(Light.RED, String.join("、", red));
        }

        List<String> yellow = new ArrayList<>();
        count(counts, Verdict.AT_RISK, "项指标进度存在风险", yellow);
        if (overdue) {
            count(counts, Verdict.NO_DATA, "项指标已过完成时限" + dueDate + "仍无数据", yellow);
        }
        if (!yellow.isEmpty()) {
            return new TaskLight(Light.YELLOW, String.join("、", yellow));
        }

        int favourable = verdicts.stream().filter(Verdict::favourable).mapToInt(v -> 1).sum();
        if (favourable > 0) {
            return new TaskLight(Light.GREEN, favourable + "项指标已完成或进度正常，无滞后或风险指标");
        }

        if (verdicts.isEmpty()) {
            return new TaskLight(Light.GREY, "暂无指标，无从判断");
        }
        List<String> grey = new ArrayList<>();
        count(counts, Verdict.NO_DATA, "项指标暂无数据且未过完成时限", grey);
        count(counts, Verdict.NOT_ASSESSABLE, "项指标需人工评定", grey);
        return new TaskLight(Light.GREY, "暂无可判断的指标：" + String.join("、", grey));
    }

    private static void count(Map<Verdict, Integer> counts, Verdict verdict, String words, List<String> parts) {
        int n = counts.getOrDefault(verdict, 0);
        if (n > 0) {
            parts.add(n + words);
        }
    }
}
