package org.duban.task;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Persistence of progress reports. */
@ApplicationScoped
public class ProgressReportRepository implements PanacheRepository<ProgressReport> {

    /**
     * The narrative of the newest progress report (latest reportedAt, then highest id) of each task of a plan, by task
     * id, in one query that reads no older report.
     */
    public Map<Long, String> newestNarrativesOfPlan(long planId) {
        Map<Long, String> narratives = new HashMap<>();
        Map<Long, Long> chosenIds = new HashMap<>();
        getEntityManager().createQuery("select p.task.id, p.id, p.narrative from ProgressReport p"
                        + " where p.task.plan.id = :plan and p.reportedAt = (select max(q.reportedAt)"
                        + " from ProgressReport q where q.task = p.task)", Object[].class)
                .setParameter("plan", planId).getResultList()
                .forEach(row -> {
                    Long taskId = (Long) row[0];
                    Long id = (Long) row[1];
                    if (chosenIds.getOrDefault(taskId, Long.MIN_VALUE) < id) {
                        chosenIds.put(taskId, id);
                        narratives.put(taskId, (String) row[2]);
                    }
                });
        return narratives;
    }
}
