package org.duban.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.duban.common.InvalidRequestException;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.ResourceNotFoundException;
import org.duban.indicator.IndicatorVerdicts;
import org.duban.plan.Plan;
import org.duban.plan.PlanRepository;
import org.duban.plan.PlanVisibility;
import org.duban.task.TaskRepository;
import org.duban.task.TaskScope;
import org.duban.task.TaskStatus;
import org.duban.unit.Unit;
import org.duban.unit.UnitRepository;

/**
 * Roll-ups of a plan (summary, its lead units, unit scorecard, unit ranking). Each reads the plan's tasks, assessed
 * indicators and assignments once, as selected columns, and counts in Java, so the cost in statements does not grow
 * with the plan.
 */
@ApplicationScoped
public class ReportingService {

    /** The ranking rule, stated once for the code and the API documentation. */
    static final String RANKING_RULE = "shareMet descending (units without a judged indicator last), then fewer RED "
            + "tasks, then fewer YELLOW tasks; ties share a rank; equal units are listed by name, then id";

    private final PlanRepository plans;
    private final UnitRepository units;
    private final TaskRepository tasks;
    private final IndicatorVerdicts verdicts;
    private final PlanVisibility visibility;

    public ReportingService(PlanRepository plans, UnitRepository units, TaskRepository tasks,
            IndicatorVerdicts verdicts, PlanVisibility visibility) {
        this.plans = plans;
        this.units = units;
        this.tasks = tasks;
        this.verdicts = verdicts;
        this.visibility = visibility;
    }

    public PlanSummaryResponse summary(long planId, LocalDate asOf) {
        return summary(load(plan(planId), asOf));
    }

    /** The plan's lead units in the order the plan first names them, one page of them, each with its counts. */
    public PageResponse<PlanUnitSummary> units(long planId, LocalDate asOf, PageRequest page) {
        return PageResponse.slice(unitSummaries(load(plan(planId), asOf)), page);
    }

    /** The summary and every lead unit's share, from one read of the plan (the supervision page shows both). */
    public SummaryWithUnits summaryWithUnits(long planId, LocalDate asOf) {
        PlanAssessment a = load(plan(planId), asOf);
        return new SummaryWithUnits(summary(a), unitSummaries(a));
    }

    /** A plan summary with all of its lead units. */
    public record SummaryWithUnits(PlanSummaryResponse summary, List<PlanUnitSummary> units) {
    }

    public UnitScorecardResponse scorecard(long unitId, Long planId, LocalDate asOf) {
        Unit unit = units.findByIdOptional(unitId).orElseThrow(() -> new ResourceNotFoundException("unit", unitId));
        if (planId == null) {
            throw new InvalidRequestException("plan", "is required: the id of the plan to score the unit in");
        }
        Plan plan = plans.findByIdOptional(planId)
                .orElseThrow(() -> new InvalidRequestException("plan", "no plan with id " + planId));
        if (!plan.region.equals(unit.region)) {
            throw new InvalidRequestException("plan", "plan " + planId + " belongs to " + plan.region + ", unit "
                    + unit.name + " to " + unit.region);
        }
        PlanAssessment a = load(plan, asOf);
        PlanAssessment.UnitRoles roles = a.units.getOrDefault(unitId, new PlanAssessment.UnitRoles(unitId, unit.name));
        Set<Long> leading = roles.leading();
        Map<Verdict, Long> byVerdict = a.indicatorsByVerdict(leading);
        return new UnitScorecardResponse(unitId, unit.name, planId, asOf, roles.led.size(), roles.coLed.size(),
                roles.supporting.size(), a.tasksByLight(leading), byVerdict, Tally.shareMet(byVerdict));
    }

    /** The plan's lead units ranked by {@link #RANKING_RULE}, one page of them. */
    public PageResponse<UnitRankingEntry> ranking(long planId, LocalDate asOf, PageRequest page) {
        PlanAssessment a = load(plan(planId), asOf);
        List<UnitRankingEntry> unranked = new ArrayList<>();
        for (PlanUnitSummary unit : unitSummaries(a)) {
            unranked.add(new UnitRankingEntry(0, unit.unitId(), unit.name(), unit.shareMet(),
                    Tally.met(unit.indicatorsByVerdict()), Tally.assessed(unit.indicatorsByVerdict()),
                    unit.tasksByLight().get(Light.RED), unit.tasksByLight().get(Light.YELLOW), unit.tasksLed(),
                    unit.tasksCoLed()));
        }
        Comparator<UnitRankingEntry> merit = Comparator
                .comparing(UnitRankingEntry::shareMet, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparingLong(UnitRankingEntry::redTasks)
                .thenComparingLong(UnitRankingEntry::yellowTasks);
        unranked.sort(merit.thenComparing(UnitRankingEntry::name).thenComparingLong(UnitRankingEntry::unitId));
        List<UnitRankingEntry> ranked = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            UnitRankingEntry e = unranked.get(i);
            int rank = i > 0 && merit.compare(unranked.get(i - 1), e) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new UnitRankingEntry(rank, e.unitId(), e.name(), e.shareMet(), e.metIndicators(),
                    e.assessedIndicators(), e.redTasks(), e.yellowTasks(), e.tasksLed(), e.tasksCoLed()));
        }
        return PageResponse.slice(ranked, page);
    }

    private PlanSummaryResponse summary(PlanAssessment a) {
        long planId = a.plan.id;
        Map<TaskStatus, Long> byStatus = Tally.zeros(TaskStatus.class);
        byStatus.putAll(tasks.countByStatus(planId));
        Map<Verdict, Long> byVerdict = a.indicatorsByVerdict(a.allTaskIds());
        return new PlanSummaryResponse(planId, a.plan.title, a.asOf, a.tasks.size(), byStatus,
                a.tasksByLight(a.allTaskIds()), byVerdict.values().stream().mapToLong(Long::longValue).sum(), byVerdict,
                Tally.shareMet(byVerdict), a.leadUnits().count());
    }

    /** Each lead unit's counts over the tasks it leads or co-leads, in the order the plan first names the units. */
    private static List<PlanUnitSummary> unitSummaries(PlanAssessment a) {
        return a.leadUnits().map(unit -> {
            Set<Long> leading = unit.leading();
            Map<Verdict, Long> byVerdict = a.indicatorsByVerdict(leading);
            return new PlanUnitSummary(unit.unitId, unit.name, unit.led.size(), unit.coLed.size(),
                    a.tasksByLight(leading), byVerdict, Tally.shareMet(byVerdict));
        }).toList();
    }

    /** The plan, if the caller may see it (an INTERNAL one is 404 to anonymous callers, as if it did not exist). */
    Plan plan(long planId) {
        Plan plan = plans.findByIdOptional(planId).orElseThrow(() -> new ResourceNotFoundException("plan", planId));
        visibility.require(plan, "plan", planId);
        return plan;
    }

    /** Three queries: the plan's tasks, its indicators joined with their measurements, its assignments. */
    PlanAssessment load(Plan plan, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return new PlanAssessment(plan, asOf, tasks.rowsOfPlan(plan.id), verdicts.assess(TaskScope.plan(plan.id)),
                tasks.assignmentRowsOfPlan(plan.id));
    }
}
