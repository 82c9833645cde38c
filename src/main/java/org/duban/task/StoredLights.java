package org.duban.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.assessment.Light;
import org.duban.assessment.TaskLight;
import org.duban.assessment.Verdict;
import org.duban.audit.DataChange;
import org.duban.common.QueryParams;

/**
 * Keeps the stored lights of tasks (the read model's {@code light_open} / {@code light_overdue} columns) equal to what
 * the rules compute, in the transaction of the write that changes them: every change recorded for a task (its own
 * fields, an indicator, a measurement, a verdict) refreshes that task; an import refreshes its plan. The columns are
 * written by SQL, not through the entity, so that upkeep never moves a task's version.
 */
@ApplicationScoped
public class StoredLights {

    private final TaskRepository tasks;
    private final TaskVerdicts verdicts;

    public StoredLights(TaskRepository tasks, TaskVerdicts verdicts) {
        this.tasks = tasks;
        this.verdicts = verdicts;
    }

    void onChange(@Observes DataChange change) {
        if (change.taskId() != null) {
            refresh(TaskScope.ids(List.of(change.taskId())));
        }
    }

    /**
     * Computes the lights of tasks left without one (those of a database older than the read model) at start, a
     * thousand tasks per transaction so that a large database does not need a large heap.
     */
    void onStart(@Observes StartupEvent event) {
        List<Long> missing = tasks.getEntityManager()
                .createQuery("select t.id from Task t where t.lightOpen is null order by t.id", Long.class)
                .getResultList();
        chunks(missing).forEach(ids -> QuarkusTransaction.requiringNew().run(() -> refresh(TaskScope.ids(ids))));
    }

    /**
     * Recomputes the lights of the tasks the scope selects and stores those that changed: two queries (the tasks, their
     * indicators' verdicts) and one update per distinct light, whatever the number of tasks. Also records that the
     * tasks' history now shows their light as of today ({@code light_as_of}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(TaskScope scope) {
        var query = tasks.getEntityManager().createQuery("select t.id, t.dueDate, t.lightOpen, t.lightOpenReason,"
                + " t.lightOverdue, t.lightOverdueReason from Task t where " + scope.condition(), Object[].class);
        scope.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, List<Verdict>> byTask = verdicts.effectiveVerdicts(scope);
        Map<TaskLights.Pair, List<Long>> changed = new LinkedHashMap<>();
        List<Long> all = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            all.add(id);
            TaskLights.Pair lights = TaskLights.both(byTask.getOrDefault(id, List.of()), (LocalDate) row[1]);
            if (!lights.open().equals(light(row[2], row[3])) || !lights.overdue().equals(light(row[4], row[5]))) {
                changed.computeIfAbsent(lights, l -> new ArrayList<>()).add(id);
            }
        }
        var em = tasks.getEntityManager();
        changed.forEach((lights, changedIds) -> chunks(changedIds).forEach(ids -> em.createNativeQuery("update tasks set light_open = :open,"
                        + " light_open_reason = :openReason, light_overdue = :overdue, light_overdue_reason = :overdueReason"
                        + " where id in (:ids)")
                .setParameter("open", lights.open().light().name())
                .setParameter("openReason", lights.open().reason())
                .setParameter("overdue", lights.overdue().light().name())
                .setParameter("overdueReason", lights.overdue().reason())
                .setParameter("ids", ids)
                .executeUpdate()));
        LocalDate today = QueryParams.asOf(null);
        chunks(all).forEach(ids -> em.createNativeQuery("update tasks set light_as_of = :today where id in (:ids)")
                .setParameter("today", today).setParameter("ids", ids).executeUpdate());
    }

    /** Id lists short enough for one statement's parameters on every database. */
    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            chunks.add(ids.subList(from, Math.min(from + 1000, ids.size())));
        }
        return chunks;
    }

    private static TaskLight light(Object light, Object reason) {
        return light == null ? null : new TaskLight((Light) light, (String) reason);
    }

}
