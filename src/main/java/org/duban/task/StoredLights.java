package org.duban.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.duban.assessment.Light;
import org.duban.assessment.TaskLight;
import org.duban.assessment.Verdict;
import org.duban.audit.DataChange;
import org.duban.changes.ChangeFeed;
import org.duban.changes.ChangeType;
import org.duban.common.QueryParams;

/**
 * Keeps the stored lights of tasks (the read model's {@code light_open} / {@code light_overdue} columns) equal to what
 * the rules compute, in the transaction of the write that changes them: every change recorded for a task (its own
 * fields, an indicator, a measurement, a verdict) refreshes that task; an import refreshes its plan. The columns are
 * written by SQL, not through the entity, so that upkeep never moves a task's version. The same upkeep keeps each
 * indicator's last announced verdict and tells the change feed of lights and verdicts that changed.
 */
@ApplicationScoped
public class StoredLights {

    private static final String TODAY = StoredLights.class.getName() + ".today";

    private final TaskRepository tasks;
    private final TaskVerdicts verdicts;
    private final ChangeFeed feed;
    private final TransactionSynchronizationRegistry transactions;

    public StoredLights(TaskRepository tasks, TaskVerdicts verdicts, ChangeFeed feed,
            TransactionSynchronizationRegistry transactions) {
        this.tasks = tasks;
        this.verdicts = verdicts;
        this.feed = feed;
        this.transactions = transactions;
    }

    void onChange(@Observes DataChange change) {
        if (change.taskId() != null) {
            refresh(TaskScope.ids(List.of(change.taskId())), true);
        }
    }

    /**
     * Computes the lights of tasks left without one (those of a database older than the read model), and the verdicts
     * of indicators without a stored one (older than the change feed), at start, a thousand tasks per transaction so
     * that a large database does not need a large heap. This fills in what older versions did not store, so nothing
     * goes to the change feed. Once per database ({@code read_model_fill}, V9): every write keeps them from then on, and
     * looking for missing ones reads every indicator.
     */
    void onStart(@Observes StartupEvent event) {
        var em = tasks.getEntityManager();
        if (em.createNativeQuery("select done from read_model_fill where id = 1").getResultList()
                .contains(Boolean.TRUE)) {
            return;
        }
        Set<Long> missing = new TreeSet<>(em.createQuery("select t.id from Task t where t.lightOpen is null",
                Long.class).getResultList());
        missing.addAll(em.createQuery("select distinct i.task.id from Indicator i where i.announcedVerdict is null",
                Long.class).getResultList());
        chunks(new ArrayList<>(missing)).forEach(ids -> QuarkusTransaction.requiringNew()
                .run(() -> refresh(TaskScope.ids(ids), false)));
        QuarkusTransaction.requiringNew().run(() -> tasks.getEntityManager()
                .createNativeQuery("update read_model_fill set done = true where id = 1").executeUpdate());
    }

    /**
     * The date the lights of this transaction are recorded for: today in Asia/Shanghai, or the date the midnight job
     * runs for ({@link DueDateLights}).
     */
    void recordForDate(LocalDate date) {
        transactions.putResource(TODAY, date);
    }

    private LocalDate today() {
        Object date = transactions.getResource(TODAY);
        return date != null ? (LocalDate) date : QueryParams.asOf(null);
    }

    /**
     * Recomputes the lights of the tasks the scope selects and stores those that changed: three queries (the tasks,
     * their indicators' verdicts, the verdicts last announced) and one update per distinct light or verdict, whatever
     * the number of tasks. Records that the tasks' history now shows their light as of today ({@code light_as_of}),
     * and announces in the change feed every verdict that changed and every light whose colour differs from the one
     * last recorded (also when only the date moved it past the due date).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(TaskScope scope) {
        refresh(scope, true);
    }

    private void refresh(TaskScope scope, boolean announce) {
        // The tasks' rows are locked first, in id order: writes to sibling indicators of one task refresh it one
        // after the other, each seeing the others' measurements and stored verdicts committed together. Without the
        // lock a refresh could read a sibling's new measurement but its old verdict (the verdicts take two queries),
        // store that verdict back and announce a change nobody made.
        var query = tasks.getEntityManager().createQuery("select t.id, t.dueDate, t.lightOpen, t.lightOpenReason,"
                + " t.lightOverdue, t.lightOverdueReason, t.plan.id, t.lightAsOf from Task t where "
                + scope.condition() + " order by t.id", Object[].class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE);
        scope.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return;
        }
        LocalDate today = today();
        Map<Long, List<TaskVerdicts.IndicatorVerdict>> byTask = verdicts.verdictsWithAnnounced(scope);
        Map<TaskLights.Pair, List<Long>> changed = new LinkedHashMap<>();
        Map<Verdict, List<Long>> changedVerdicts = new EnumMap<>(Verdict.class);
        List<Long> recorded = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            Long planId = (Long) row[6];
            // Filling in verdicts at start leaves the date the history recorded a light for alone, so that a due date
            // that passed while the service was down is still recorded (and announced) by the midnight job.
            if ((announce || row[2] == null) && !today.equals(row[7])) {
                recorded.add(id);
            }
            List<TaskVerdicts.IndicatorVerdict> indicators = byTask.getOrDefault(id, List.of());
            for (TaskVerdicts.IndicatorVerdict v : indicators) {
                if (v.effective() != v.announced()) {
                    changedVerdicts.computeIfAbsent(v.effective(), k -> new ArrayList<>()).add(v.indicatorId());
                    if (announce) {
                        feed.add(ChangeType.VERDICT_CHANGED, "INDICATOR", v.indicatorId(), planId, id,
                                v.announced() == null ? null : Map.of("verdict", v.announced()),
                                Map.of("verdict", v.effective()));
                    }
                }
            }
            LocalDate dueDate = (LocalDate) row[1];
            TaskLights.Pair lights = TaskLights.both(indicators.stream().map(TaskVerdicts.IndicatorVerdict::effective)
                    .toList(), dueDate);
            TaskLight storedOpen = light(row[2], row[3]);
            if (!lights.open().equals(storedOpen) || !lights.overdue().equals(light(row[4], row[5]))) {
                changed.computeIfAbsent(lights, l -> new ArrayList<>()).add(id);
            }
            if (announce) {
                LocalDate recordedFor = row[7] != null ? (LocalDate) row[7] : today;
                TaskLight before = storedOpen == null ? null
                        : new TaskLights.Pair(storedOpen, light(row[4], row[5])).asOf(dueDate, recordedFor);
                TaskLight after = lights.asOf(dueDate, today);
                // The colour is the fact; a reason that changes with it (or alone) is carried, not announced.
                if (before == null || after.light() != before.light()) {
                    feed.add(ChangeType.LIGHT_CHANGED, "TASK", id, planId, id,
                            before == null ? null : lightValue(before, recordedFor), lightValue(after, today));
                }
            }
        }
        var em = tasks.getEntityManager();
        // Indicators before tasks: the order in which writes to an indicator lock rows, so no lock cycle arises here.
        changedVerdicts.forEach((verdict, indicatorIds) -> chunks(indicatorIds).forEach(ids -> em.createNativeQuery(
                        "update indicators set verdict = :verdict where id in (:ids)")
                .setParameter("verdict", verdict.name()).setParameter("ids", ids).executeUpdate()));
        changed.forEach((lights, changedIds) -> chunks(changedIds).forEach(ids -> em.createNativeQuery("update tasks set light_open = :open,"
                        + " light_open_reason = :openReason, light_overdue = :overdue, light_overdue_reason = :overdueReason"
                        + " where id in (:ids)")
                .setParameter("open", lights.open().light().name())
                .setParameter("openReason", lights.open().reason())
                .setParameter("overdue", lights.overdue().light().name())
                .setParameter("overdueReason", lights.overdue().reason())
                .setParameter("ids", ids)
                .executeUpdate()));
        chunks(recorded).forEach(ids -> em.createNativeQuery("update tasks set light_as_of = :today where id in (:ids)")
                .setParameter("today", today).setParameter("ids", ids).executeUpdate());
    }

    /** A light as the change feed shows it. */
    private static Map<String, Object> lightValue(TaskLight light, LocalDate asOf) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("light", light.light());
        value.put("lightReason", light.reason());
        value.put("asOf", asOf);
        return value;
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
