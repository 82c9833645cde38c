package org.duban.task;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.assessment.TaskLight;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.QueryParams;

/**
 * The one change that no write causes: a due date passing turns a task with indicators still without data YELLOW. Just
 * after midnight in Asia/Shanghai this job records it as an ordinary change, so that {@code updatedSince} feeds, the
 * task's history (actor {@code system}), the change feed ({@code TASK_UPDATED} and {@code LIGHT_CHANGED}) and the data
 * revision all see it. Reads do not wait for it: the stored lights
 * already answer any {@code asOf}.
 */
@ApplicationScoped
public class DueDateLights {

    private final TaskRepository tasks;
    private final AuditLog audit;
    private final StoredLights storedLights;

    public DueDateLights(TaskRepository tasks, AuditLog audit, StoredLights storedLights) {
        this.tasks = tasks;
        this.audit = audit;
        this.storedLights = storedLights;
    }

    @Scheduled(identity = "due-date-lights", cron = "0 1 0 * * ?", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void atMidnight() {
        int changed = recordPassedDueDates(QueryParams.asOf(null));
        if (changed > 0) {
            Log.infof("Due dates passed: %d task lights changed", changed);
        }
    }

    /**
     * Records the light of every task whose due date passed since its history last recorded one (also after days the
     * service was down); returns how many lights changed. Tasks whose light the due date does not change are only
     * marked as seen. Several instances may run it: a second run finds nothing left to record.
     */
    @Transactional
    public int recordPassedDueDates(LocalDate today) {
        // The lights recorded (and announced in the change feed, LIGHT_CHANGED) are those of this date.
        storedLights.recordForDate(today);
        List<Task> passed = tasks.list("dueDate < ?1 and lightAsOf <= dueDate and lightOpen is not null", today);
        if (passed.isEmpty()) {
            return 0;
        }
        Map<Long, List<TaskAssignment>> assignments = tasks.assignmentsOf(passed.stream().map(t -> t.id).toList());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Long> seen = new ArrayList<>();
        int changed = 0;
        for (Task task : passed) {
            seen.add(task.id);
            TaskLight before = TaskLights.stored(task, task.lightAsOf);
            TaskLight after = TaskLights.stored(task, today);
            if (before.equals(after)) {
                continue;
            }
            List<TaskAssignment> units = assignments.getOrDefault(task.id, List.of());
            tasks.getEntityManager().createNativeQuery("update tasks set updated_at = :now where id = :id")
                    .setParameter("now", now).setParameter("id", task.id).executeUpdate();
            audit.updated(AuditEntityType.TASK, task.id, task.id, TaskResponse.of(task, units, before, task.lightAsOf),
                    TaskResponse.of(task, units, after, today).updatedAt(now));
            changed++;
        }
        tasks.getEntityManager().createNativeQuery("update tasks set light_as_of = :today where id in (:ids)")
                .setParameter("today", today).setParameter("ids", seen).executeUpdate();
        return changed;
    }
}
