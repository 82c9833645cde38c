package org.duban.web;

import java.math.BigDecimal;
import java.util.List;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.duban.indicator.IndicatorResponse;
import org.duban.indicator.MeasurementResponse;
import org.duban.plan.PlanResponse;
import org.duban.reporting.PlanSummaryResponse;
import org.duban.reporting.PlanUnitSummary;
import org.duban.reporting.UnitRankingEntry;
import org.duban.reporting.UnitScorecardResponse;
import org.duban.task.TaskResponse;

/** What the supervision pages show, read from the API's own response records and shaped for the templates. */
public final class Views {

    private Views() {
    }

    /** The filters of the task table, as given in the page's query string; any may be null. */
    public record Filters(Long unit, Light light, Verdict verdict, String q) {

        public boolean any() {
            return unit != null || light != null || verdict != null || (q != null && !q.isBlank());
        }
    }

    /** A count of one category of a chart, with its code and its Chinese label. */
    public record Slice(String code, String label, long count) {
    }

    /** An option of a select box. */
    public record Option(String value, String label, boolean selected) {
    }

    /** One indicator in a row of the task table: its target against its latest actual, and its verdict. */
    public record IndicatorCell(long id, String name, String target, String actual, Verdict verdict,
            String verdictLabel, String explanation) {
    }

    /** One row of the task table. */
    public record TaskRow(long id, int ordinal, String content, String shortContent, boolean shortened,
            List<TaskResponse.AssignedUnit> leadUnits, Light light, String lightLabel, String lightReason,
            Light computedLight, String overrideReason, List<IndicatorCell> indicators) {
    }

    /** The plan overview: charts, the share met and the filtered task table. */
    public record Overview(PlanResponse plan, List<Option> plans, PlanSummaryResponse summary, String shareMet,
            List<PlanUnitSummary> units, List<Slice> lights, List<Slice> verdicts, Filters filters,
            List<Option> unitOptions, List<Option> lightOptions, List<Option> verdictOptions, List<TaskRow> rows,
            String chartJson) {
    }

    /** A measurement with its source phrase cut for highlighting. */
    public record MeasurementRow(MeasurementResponse measurement, String value, String statusLabel,
            List<Highlight.Piece> source, boolean counts) {
    }

    /** The indicator detail page. */
    public record IndicatorDetail(PlanResponse plan, TaskResponse task, IndicatorResponse indicator, String target,
            String actual, String expectedByNow, String ratio, String verdictLabel, List<Highlight.Piece> source,
            List<MeasurementRow> measurements, String chartJson) {
    }

    /** The unit page: its scorecard (for signed-in people, as in the API) and the plan's ranking. */
    public record UnitDetail(PlanResponse plan, long unitId, String name, UnitScorecardResponse scorecard,
            String shareMet, List<Slice> lights, List<UnitRankingEntry> ranking, List<TaskRow> tasks, String chartJson) {
    }

    /** A ratio as a percentage for people: 0.5 → "50%"; null → "—". */
    static String percent(BigDecimal share) {
        if (share == null) {
            return "—";
        }
        return share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
