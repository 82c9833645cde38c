package org.duban.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.duban.assessment.Verdict;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.task.TaskService;

/**
 * The read side of indicators: one indicator and a task's pages of them, each with its measurements read in one query
 * and judged by the rules.
 */
@ApplicationScoped
public class IndicatorQueries {

    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final IndicatorService service;
    private final TaskService tasks;

    public IndicatorQueries(IndicatorRepository indicators, MeasurementRepository measurements,
            IndicatorService service, TaskService tasks) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.service = service;
        this.tasks = tasks;
    }

    /**
     * A page of a task's indicators. With a {@code verdict} filter (on the effective verdict, which the rules compute in
     * Java), all of the task's indicators are read and the page is cut after filtering, so that totals are exact; a
     * task has a handful of indicators. Either way: the indicators, then their measurements in one query.
     */
    public PageResponse<IndicatorResponse> listForTask(long taskId, Verdict verdict, PageRequest page) {
        tasks.findVisible(taskId);
        if (verdict == null) {
            var query = indicators.find("task.id = ?1 order by id", taskId).page(page.page(), page.size());
            return PageResponse.of(responses(query.list()), page, query.count());
        }
        List<IndicatorResponse> matching = responses(indicators.list("task.id = ?1 order by id", taskId)).stream()
                .filter(i -> i.effectiveVerdict() == verdict).toList();
        return PageResponse.slice(matching, page);
    }

    /** The indicator; 404 when absent or not visible to the caller. */
    public IndicatorResponse get(long id) {
        return service.toResponse(service.findVisible(id));
    }

    private List<IndicatorResponse> responses(List<Indicator> found) {
        Map<Long, List<Measurement>> byIndicator = measurements.byIndicator(found.stream().map(i -> i.id).toList());
        return found.stream().map(i -> IndicatorResponse.of(i, byIndicator.getOrDefault(i.id, List.of()))).toList();
    }
}
