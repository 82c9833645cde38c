package org.duban.task;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Persistence of tasks and their unit assignments. */
@ApplicationScoped
public class TaskRepository implements PanacheRepository<Task> {

    /**
     * The assignments of the given tasks with their units and divisions, in one query, grouped by task id. This is
     * what keeps a page of tasks at a constant number of statements.
     */
    public Map<Long, List<TaskAssignment>> assignmentsOf(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select distinct a from TaskAssignment a join fetch a.unit"
                        + " left join fetch a.divisions where a.task.id in :ids", TaskAssignment.class)
                .setParameter("ids", taskIds).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.task.id));
    }

    /** The tasks of a plan in ordinal order, as roll-ups need them, in one query. */
    public List<TaskRow> rowsOfPlan(long planId) {
        return getEntityManager().createQuery("select new org.duban.task.TaskRow(t.id, t.ordinal, t.status, t.dueDate,"
                + " t.lightOverride) from Task t where t.plan.id = :plan order by t.ordinal, t.id", TaskRow.class)
                .setParameter("plan", planId).getResultList();
    }

    /** Number of a plan's tasks in each status, counted by the database. */
    public Map<TaskStatus, Long> countByStatus(long planId) {
        Map<TaskStatus, Long> counts = new java.util.EnumMap<>(TaskStatus.class);
        getEntityManager().createQuery("select t.status, count(t) from Task t where t.plan.id = :plan group by t.status",
                        Object[].class).setParameter("plan", planId).getResultList()
                .forEach(row -> counts.put((TaskStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** The assignments of a plan's tasks with unit names and divisions, in one query, in task and list order. */
    public List<AssignmentRow> assignmentRowsOfPlan(long planId) {
        return getEntityManager().createQuery("select new org.duban.task.AssignmentRow(a.task.id, a.id, u.id, u.name,"
                        + " a.role, a.position, d.id, d.name) from TaskAssignment a join a.unit u left join a.divisions d"
                        + " where a.task.plan.id = :plan order by a.task.id, a.position, d.id", AssignmentRow.class)
                .setParameter("plan", planId).getResultList();
    }

    public boolean existsOrdinal(long planId, int ordinal, Long exceptTaskId) {
        return count("plan.id = ?1 and ordinal = ?2 and id <> ?3", planId, ordinal,
                exceptTaskId == null ? -1L : exceptTaskId) > 0;
    }
}
