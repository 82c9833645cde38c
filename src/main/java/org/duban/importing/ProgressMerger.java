package org.duban.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.duban.importing.ImportDraft.TaskDraft;
import org.duban.plan.Plan;
import org.duban.task.ProgressReport;
import org.duban.task.ProgressReportRepository;
import org.duban.task.Task;

/**
 * Keeps a row's completion text as a progress report of its task, for the part of the year the document covers; the
 * same narrative for the same period is not added twice.
 */
@ApplicationScoped
class ProgressMerger {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MAX_NARRATIVE = 8000;

    private final ProgressReportRepository progress;

    ProgressMerger(ProgressReportRepository progress) {
        this.progress = progress;
    }

    void merge(Task task, TaskDraft d, Plan plan, Instant publishedAt, List<ProgressReport> existing,
            ImportTally tally) {
        if (d.progressText() == null) {
            return;
        }
        LocalDate from = LocalDate.of(plan.planYear, 1, 1);
        LocalDate yearEnd = LocalDate.of(plan.planYear, 12, 31);
        LocalDate published = plan.publishedOn;
        LocalDate to = published != null && published.getYear() == plan.planYear && published.isBefore(yearEnd)
                ? published : yearEnd;
        String narrative = d.progressText().length() > MAX_NARRATIVE ? d.progressText().substring(0, MAX_NARRATIVE)
                : d.progressText();
        boolean known = existing.stream().anyMatch(r -> r.periodFrom.equals(from) && r.periodTo.equals(to)
                && r.narrative.equals(narrative));
        if (known) {
            return;
        }
        ProgressReport report = new ProgressReport();
        report.task = task;
        report.periodFrom = from;
        report.periodTo = to;
        report.periodLabel = to.equals(yearEnd) ? "全年" : "截至" + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
        report.narrative = narrative;
        report.reportedAt = publishedAt != null ? publishedAt
                : published != null ? published.atTime(LocalTime.NOON).atZone(CHINA).toInstant()
                : Instant.now().truncatedTo(ChronoUnit.MICROS);
        progress.persist(report);
        tally.created.progressReports++;
    }
}
