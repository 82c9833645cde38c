package org.duban.support;

import org.duban.common.DataRevision;
import org.duban.task.StoredLights;
import org.duban.task.TaskScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.duban.indicator.Indicator;
import org.duban.indicator.Measurement;
import org.duban.plan.Disclosure;
import org.duban.plan.Plan;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.duban.task.AssignmentRole;
import org.duban.task.ProgressReport;
import org.duban.task.Task;
import org.duban.task.TaskAssignment;
import org.duban.task.TaskStatus;
import org.duban.unit.Unit;
import org.duban.unit.UnitKind;

/**
 * Writes large plans straight through JPA in one transaction, for tests that need hundreds of tasks faster than the
 * API can create them. Each task has a lead and a co-lead unit, one COUNT indicator with a year's FINAL measurement
 * (met, missed or absent in turn) and a progress report.
 */
@ApplicationScoped
public class BulkPlans {

    private final EntityManager em;
    private final StoredLights storedLights;
    private final DataRevision revision;

    public BulkPlans(EntityManager em, StoredLights storedLights, DataRevision revision) {
        this.em = em;
        this.storedLights = storedLights;
        this.revision = revision;
    }

    /** A created plan and its first lead unit. */
    public record Created(long planId, long leadUnitId) {
    }

    @Transactional
    public Created create(String region, int taskCount) {
        Unit[] units = new Unit[3];
        for (int u = 0; u < units.length; u++) {
            Unit unit = new Unit();
            unit.region = region;
            unit.name = "单位" + u;
            unit.kind = UnitKind.MUNICIPAL_DEPARTMENT;
            em.persist(unit);
            units[u] = unit;
        }
        Plan plan = new Plan();
        plan.title = "2023年市政府工作报告任务清单";
        plan.planYear = 2023;
        plan.region = region;
        plan.disclosure = Disclosure.PUBLIC;
        em.persist(plan);
        for (int i = 1; i <= taskCount; i++) {
            Task task = new Task();
            task.plan = plan;
            task.ordinal = i;
            task.content = "任务" + i + "：新增市场主体" + i + "家。";
            task.status = TaskStatus.values()[i % TaskStatus.values().length];
            task.dueDate = LocalDate.of(2023, 12, 31);
            task.assignments.add(assignment(task, units[0], AssignmentRole.LEAD, 0));
            task.assignments.add(assignment(task, units[1 + i % 2], AssignmentRole.CO_LEAD, 1));
            em.persist(task);

            Indicator indicator = new Indicator();
            indicator.task = task;
            indicator.name = "新增市场主体" + i;
            indicator.kind = MeasureKind.COUNT;
            indicator.accumulation = Accumulation.CUMULATIVE;
            indicator.direction = Direction.ASCENDING;
            indicator.commitment = Commitment.FIRM;
            indicator.targetComparator = Comparator.GTE;
            indicator.targetValue = BigDecimal.TEN;
            indicator.targetUnit = "家";
            indicator.targetPeriodFrom = LocalDate.of(2023, 1, 1);
            indicator.targetPeriodTo = LocalDate.of(2023, 12, 31);
            indicator.targetPeriodLabel = "2023年";
            em.persist(indicator);
            if (i % 3 != 0) {
                Measurement m = new Measurement();
                m.indicator = indicator;
                m.amount = BigDecimal.valueOf(i % 3 == 1 ? 10 : 8);
                m.unit = "家";
                m.periodFrom = LocalDate.of(2023, 1, 1);
                m.periodTo = LocalDate.of(2023, 12, 31);
                m.periodLabel = "全年";
                m.status = MeasurementStatus.FINAL;
                m.reportedAt = Instant.parse("2024-01-10T02:00:00Z");
                em.persist(m);
            }
            ProgressReport report = new ProgressReport();
            report.task = task;
            report.periodFrom = LocalDate.of(2023, 1, 1);
            report.periodTo = LocalDate.of(2023, 12, 31);
            report.periodLabel = "全年";
            report.narrative = "全年新增市场主体若干家。";
            report.reportedAt = Instant.parse("2024-01-10T02:00:00Z");
            em.persist(report);
        }
        // Written past the services, as an import writes: keep the read model current as the import does.
        storedLights.refresh(TaskScope.plan(plan.id));
        revision.bumpInTransaction();
        return new Created(plan.id, units[0].id);
    }

    private static TaskAssignment assignment(Task task, Unit unit, AssignmentRole role, int position) {
        TaskAssignment a = new TaskAssignment();
        a.task = task;
        a.unit = unit;
        a.role = role;
        a.position = position;
        return a;
    }
}
