package org.duban.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.duban.common.PageRequest;
import org.duban.common.QueryParams;
import org.duban.common.PageResponse;
import org.duban.indicator.IndicatorResponse;
import org.duban.indicator.IndicatorQueries;
import org.duban.indicator.MeasurementResponse;
import org.duban.indicator.MeasurementService;
import org.duban.plan.PlanResponse;
import org.duban.plan.PlanService;
import org.duban.reporting.PlanSummaryResponse;
import org.duban.reporting.PlanUnitSummary;
import org.duban.reporting.ReportingService;
import org.duban.reporting.UnitRankingEntry;
import org.duban.reporting.UnitScorecardResponse;
import org.duban.task.AssignmentRole;
import org.duban.task.TaskResponse;
import org.duban.task.TaskQueries;
import org.duban.web.Views.Filters;
import org.duban.web.Views.IndicatorCell;
import org.duban.web.Views.Option;
import org.duban.web.Views.Slice;
import org.duban.web.Views.TaskRow;

/**
 * Reads what the supervision pages show through the services the JSON API uses, with the caller's visibility (an
 * anonymous visitor sees PUBLIC plans only, an INTERNAL one is "not found" as in the API), so that the page shows
 * exactly what the API answers. It only shapes the answers for people: Chinese labels, shortened texts, chart data.
 */
@ApplicationScoped
public class SupervisionService {

    /** Task contents longer than this are shortened in the table; the whole text is a click away. */
    static final int SHORT_CONTENT = 60;

    private final PlanService plans;
    private final TaskQueries tasks;
    private final IndicatorQueries indicators;
    private final MeasurementService measurements;
    private final ReportingService reporting;
    private final ObjectMapper json;

    public SupervisionService(PlanService plans, TaskQueries tasks, IndicatorQueries indicators,
            MeasurementService measurements, ReportingService reporting, ObjectMapper json) {
        this.plans = plans;
        this.tasks = tasks;
        this.indicators = indicators;
        this.measurements = measurements;
        this.reporting = reporting;
        this.json = json;
    }

    /** The plans the caller may see, newest year first (the API's default order). */
    public List<PlanResponse> visiblePlans() {
        return all(page -> plans.list(new PlanService.PlanQuery(null, null, null, null, null), page));
    }

    public PlanResponse plan(long id) {
        return plans.get(id);
    }

    public Views.Overview overview(long planId, Filters filters, LocalDate asOf) {
        PlanResponse plan = plans.get(planId);
        ReportingService.SummaryWithUnits rollUp = reporting.summaryWithUnits(planId, asOf);
        PlanSummaryResponse summary = rollUp.summary();
        List<TaskResponse> found = all(page -> tasks.list(new TaskQueries.TaskQuery(planId, filters.unit(), null,
                blankToNull(filters.q()), null, filters.light(), "ordinal", asOf), page));
        List<TaskRow> rows = new ArrayList<>();
        for (TaskResponse task : found) {
            List<IndicatorResponse> taskIndicators = indicatorsOf(task.id());
            if (filters.verdict() == null
                    || taskIndicators.stream().anyMatch(i -> i.effectiveVerdict() == filters.verdict())) {
                rows.add(row(task, taskIndicators));
            }
        }
        List<Slice> lights = slices(summary.tasksByLight(), Light.values(), Labels::light);
        List<Slice> verdicts = slices(summary.indicatorsByVerdict(), Verdict.values(), Labels::verdict);
        List<Option> planOptions = visiblePlans().stream()
                .map(p -> new Option(String.valueOf(p.id()), p.title(), p.id() == planId)).toList();
        List<PlanUnitSummary> leadUnits = rollUp.units();
        List<Option> unitOptions = leadUnits.stream()
                .map(u -> new Option(String.valueOf(u.unitId()), u.name(), Objects.equals(filters.unit(), u.unitId())))
                .toList();
        List<Option> lightOptions = Arrays.stream(Light.values())
                .map(l -> new Option(l.name(), Labels.light(l), l == filters.light())).toList();
        List<Option> verdictOptions = Arrays.stream(Verdict.values())
                .map(v -> new Option(v.name(), Labels.verdict(v), v == filters.verdict())).toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("lights", lights);
        chart.put("verdicts", verdicts);
        return new Views.Overview(plan, planOptions, summary, Views.percent(summary.shareMet()), leadUnits, lights,
                verdicts, filters, unitOptions, lightOptions, verdictOptions, List.copyOf(rows), toJson(chart));
    }

    public Views.IndicatorDetail indicator(long id) {
        IndicatorResponse indicator = indicators.get(id);
        TaskResponse task = tasks.get(indicator.taskId(), QueryParams.asOf(null));
        PlanResponse plan = plans.get(task.planId());
        List<MeasurementResponse> all = all(page -> measurements.list(id, page));
        MeasurementResponse latest = indicator.latestMeasurement();
        List<BigDecimal> numbers = new ArrayList<>();
        if (indicator.target() != null) {
            numbers.add(indicator.target().value());
        }
        List<Views.MeasurementRow> rows = all.stream().map(m -> new Views.MeasurementRow(m, actual(m),
                Labels.status(m.status()), Highlight.numbers(m.sourceText(), List.of(m.value())),
                latest != null && latest.id() == m.id())).toList();
        all.forEach(m -> numbers.add(m.value()));
        var assessment = indicator.assessment();
        Map<String, Object> chart = new LinkedHashMap<>();
        IndicatorResponse.Target target = indicator.target();
        chart.put("unit", target != null ? target.unit() : latest != null ? latest.unit() : "");
        chart.put("target", target == null ? null : target.value());
        chart.put("actual", latest == null ? null : inTargetUnit(indicator, latest));
        chart.put("expectedByNow", assessment.expectedByNow());
        chart.put("actualLabel", latest == null ? null : periodLabel(latest));
        // Oldest first, as a time line reads; only those in the target's unit, so that one axis fits them all.
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            MeasurementResponse m = all.get(i);
            if (target == null || Objects.equals(m.unit(), target.unit())) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("label", periodLabel(m) + " " + Labels.status(m.status()));
                point.put("value", m.value());
                series.add(point);
            }
        }
        chart.put("measurements", series);
        return new Views.IndicatorDetail(plan, task, indicator, target(indicator), latest == null ? "—" : actual(latest),
                assessment.expectedByNow() == null || target == null ? null
                        : plain(assessment.expectedByNow()) + target.unit(),
                Views.percent(assessment.ratio()), Labels.verdict(indicator.effectiveVerdict()),
                Highlight.numbers(indicator.sourceText(), numbers), rows, toJson(chart));
    }

    public Views.UnitDetail unit(long unitId, long planId, boolean withScorecard, LocalDate asOf) {
        PlanResponse plan = plans.get(planId);
        List<UnitRankingEntry> ranking = all(page -> reporting.ranking(planId, asOf, page));
        UnitScorecardResponse scorecard = withScorecard ? reporting.scorecard(unitId, planId, asOf) : null;
        List<TaskResponse> led = all(page -> tasks.list(new TaskQueries.TaskQuery(planId, unitId, null, null, null,
                null, "ordinal", asOf), page));
        String name = scorecard != null ? scorecard.name()
                : ranking.stream().filter(e -> e.unitId() == unitId).map(UnitRankingEntry::name).findFirst()
                        .orElseGet(() -> led.stream().flatMap(t -> t.units().stream()).filter(u -> u.unitId() == unitId)
                                .map(TaskResponse.AssignedUnit::name).findFirst()
                                .orElseThrow(() -> new org.duban.common.ResourceNotFoundException("unit", unitId)));
        List<TaskRow> rows = led.stream().map(t -> row(t, indicatorsOf(t.id()))).toList();
        List<Slice> lights = scorecard == null ? List.of()
                : slices(scorecard.tasksByLight(), Light.values(), Labels::light);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("lights", lights);
        chart.put("ranking", ranking.stream().map(e -> Map.of("name", e.name(), "share",
                e.shareMet() == null ? BigDecimal.ZERO : e.shareMet().movePointRight(2))).toList());
        return new Views.UnitDetail(plan, unitId, name, scorecard,
                scorecard == null ? null : Views.percent(scorecard.shareMet()), lights, ranking, rows, toJson(chart));
    }

    private List<IndicatorResponse> indicatorsOf(long taskId) {
        return all(page -> indicators.listForTask(taskId, null, page));
    }

    private static TaskRow row(TaskResponse task, List<IndicatorResponse> taskIndicators) {
        String content = task.content();
        boolean shortened = content.codePointCount(0, content.length()) > SHORT_CONTENT;
        String shortContent = shortened
                ? content.substring(0, content.offsetByCodePoints(0, SHORT_CONTENT)) + "…" : content;
        List<TaskResponse.AssignedUnit> lead = task.units().stream()
                .filter(u -> u.role() == AssignmentRole.LEAD || u.role() == AssignmentRole.CO_LEAD).toList();
        List<IndicatorCell> cells = taskIndicators.stream().map(i -> new IndicatorCell(i.id(), i.name(), target(i),
                i.latestMeasurement() == null ? "—" : actual(i.latestMeasurement()), i.effectiveVerdict(),
                Labels.verdict(i.effectiveVerdict()), i.assessment().explanation())).toList();
        return new TaskRow(task.id(), task.ordinal(), content, shortContent, shortened, lead, task.effectiveLight(),
                Labels.light(task.effectiveLight()), task.lightReason(), task.light(),
                task.lightOverride() == null ? null : task.lightOverride().reason(), cells);
    }

    /** "500亿元以上 (全年)", as a completion table writes a target. */
    static String target(IndicatorResponse i) {
        IndicatorResponse.Target t = i.target();
        if (t == null) {
            return "—";
        }
        String period = t.period() == null || t.period().label() == null ? "" : "（" + t.period().label() + "）";
        return plain(t.value()) + nullToEmpty(t.unit()) + Labels.qualifier(t.comparator()) + period;
    }

    /** "510亿元以上（1-12月，预计）". */
    static String actual(MeasurementResponse m) {
        return plain(m.value()) + nullToEmpty(m.unit()) + Labels.qualifier(m.qualifier()) + "（" + periodLabel(m)
                + "，" + Labels.status(m.status()) + "）";
    }

    private static String periodLabel(MeasurementResponse m) {
        return m.period() == null ? "" : m.period().label() != null ? m.period().label()
                : m.period().from() + "至" + m.period().to();
    }

    /** The actual in the target's unit, for a bar beside the target: as written when the units agree, else from the ratio. */
    private static BigDecimal inTargetUnit(IndicatorResponse i, MeasurementResponse m) {
        if (i.target() == null || Objects.equals(i.target().unit(), m.unit())) {
            return m.value();
        }
        BigDecimal ratio = i.assessment().ratio();
        if (ratio == null || ratio.signum() == 0) {
            return null;
        }
        return switch (i.direction()) {
            case DESCENDING -> i.target().value().divide(ratio, 4, RoundingMode.HALF_UP);
            default -> i.target().value().multiply(ratio);
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> List<Slice> slices(Map<E, Long> counts, E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Slice(v.name(), label.apply(v), counts.getOrDefault(v, 0L))).toList();
    }

    /** Every page of a paged read, in order. */
    private static <T> List<T> all(Function<PageRequest, PageResponse<T>> read) {
        List<T> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResponse<T> found = read.apply(PageRequest.of(page, PageRequest.MAX_SIZE));
            items.addAll(found.items());
            if (page + 1 >= found.totalPages()) {
                return List.copyOf(items);
            }
        }
    }

    /** JSON for a {@code <script type="application/json">} block: "</" escaped so that no text can close the block. */
    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data not serialisable", e);
        }
    }
}
