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

    public boolean existsOrdinal(long planId, int ordinal, Long exceptTaskId) {
        return count("plan.id = ?1 and ordinal = ?2 and id <> ?3", planId, ordinal,
                exceptTaskId == null ? -1L : exceptTaskId) > 0;
    }
}
