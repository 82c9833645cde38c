package org.duban.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.duban.plan.Plan;
import org.duban.task.ProgressReportRepository;
import org.duban.task.Task;
import org.duban.task.TaskRepository;
import org.duban.task.TaskRow;
import org.duban.indicator.IndicatorVerdicts;
import org.duban.task.TaskScope;

/**
 * Builds a plan's completion-status table for export: the plan, its tasks, their assessed indicators, their
 * assignments and each task's newest progress report, one query each, whatever the plan's size.
 */
@ApplicationScoped
public class ExportService {

    private final ReportingService reporting;
    private final TaskRepository tasks;
    private final ProgressReportRepository reports;
    private final IndicatorVerdicts verdicts;

    public ExportService(ReportingService reporting, TaskRepository tasks, ProgressReportRepository reports,
            IndicatorVerdicts verdicts) {
        this.reporting = reporting;
        this.tasks = tasks;
        this.reports = reports;
        this.verdicts = verdicts;
    }

    /** The table and the plan's title, read before the response starts streaming so that a 404 is still a 404. */
    public CompletionTable table(long planId, LocalDate asOf) {
        Plan plan = reporting.plan(planId);
        List<Task> found = tasks.list("plan.id = ?1 order by ordinal, id", planId);
        List<TaskRow> rows = found.stream()
                .map(t -> new TaskRow(t.id, t.ordinal, t.status, t.dueDate, t.lightOverride)).toList();
        var assignments = tasks.assignmentRowsOfPlan(planId);
        PlanAssessment assessment = new PlanAssessment(plan, asOf, rows, verdicts.assess(TaskScope.plan(planId)),
                assignments);
        List<CompletionTable.TaskLine> lines = found.stream().map(t -> new CompletionTable.TaskLine(t.id, t.ordinal,
                t.content, t.lightOverride, t.lightOverrideReason)).toList();
        return CompletionTable.of(plan.title, plan.planYear, lines, assessment.computedLights,
                assessment.effectiveLights, assessment.indicatorsByTask, assignments,
                reports.newestNarrativesOfPlan(planId));
    }
}
