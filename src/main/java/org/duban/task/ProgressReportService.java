package org.duban.task;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.ResourceNotFoundException;

/** Progress reports of a task: appended, listed newest first. */
@ApplicationScoped
public class ProgressReportService {

    private final TaskService tasks;
    private final ProgressReportRepository reports;
    private final TaskAccess access;
    private final AuditLog audit;

    public ProgressReportService(TaskService tasks, ProgressReportRepository reports, TaskAccess access,
            AuditLog audit) {
        this.tasks = tasks;
        this.reports = reports;
        this.access = access;
        this.audit = audit;
    }

    public PageResponse<ProgressReportResponse> list(long taskId, PageRequest page) {
        tasks.findVisible(taskId);
        var query = reports.find("task.id", Sort.descending("reportedAt").and("id", Sort.Direction.Descending), taskId)
                .page(Page.of(page.page(), page.size()));
        return PageResponse.of(query.list().stream().map(ProgressReportResponse::of).toList(), page, query.count());
    }

    public ProgressReportResponse get(long taskId, long reportId) {
        tasks.findVisible(taskId);
        return reports.find("id = ?1 and task.id = ?2", reportId, taskId).firstResultOptional()
                .map(ProgressReportResponse::of)
                .orElseThrow(() -> new ResourceNotFoundException("progress report of task " + taskId, reportId));
    }

    @Transactional
    public ProgressReportResponse create(long taskId, ProgressReportRequest request) {
        ProgressReport report = new ProgressReport();
        report.task = tasks.find(taskId);
        access.requireWritable(report.task, "task", taskId);
        report.periodFrom = request.period().from();
        report.periodTo = request.period().to();
        report.periodLabel = request.period().label();
        report.narrative = request.narrative().strip();
        report.reportedAt = request.reportedAt() != null ? request.reportedAt()
                : Instant.now().truncatedTo(ChronoUnit.MICROS);
        reports.persist(report);
        ProgressReportResponse created = ProgressReportResponse.of(report);
        audit.created(AuditEntityType.PROGRESS_REPORT, report.id, taskId, created);
        return created;
    }
}
