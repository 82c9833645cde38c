package org.duban.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.duban.importing.ImportDraft.AssignmentDraft;
import org.duban.importing.ImportDraft.PlanDraft;
import org.duban.importing.ImportDraft.TaskDraft;
import org.duban.importing.units.UnitAliasDictionary;
import org.duban.indicator.Indicator;
import org.duban.indicator.IndicatorRepository;
import org.duban.indicator.Measurement;
import org.duban.indicator.MeasurementRepository;
import org.duban.plan.Disclosure;
import org.duban.plan.Plan;
import org.duban.plan.PlanRepository;
import org.duban.task.ProgressReport;
import org.duban.task.ProgressReportRepository;
import org.duban.task.Task;
import org.duban.task.TaskAssignment;
import org.duban.task.TaskRepository;
import org.duban.task.TaskStatus;
import org.duban.unit.Unit;
import org.duban.unit.UnitRepository;

/**
 * Merges an {@link ImportDraft} into the database within the caller's transaction: finds or creates the plan and the
 * units, pairs rows with tasks ({@link TaskMatcher}), and hands each task's indicators and completion text to
 * {@link IndicatorMerger} and {@link ProgressMerger}. It touches nothing that already says the same, so that importing
 * a document twice changes nothing, and reads each kind of row of the plan in one query, whatever the number of tasks.
 */
@ApplicationScoped
public class ImportWriter {

    private final PlanRepository plans;
    private final UnitRepository units;
    private final TaskRepository tasks;
    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final ProgressReportRepository progress;
    private final IndicatorMerger indicatorMerger;
    private final ProgressMerger progressMerger;
    private final UnitAliasDictionary dictionary = UnitAliasDictionary.standard();

    public ImportWriter(PlanRepository plans, UnitRepository units, TaskRepository tasks, IndicatorRepository indicators,
            MeasurementRepository measurements, ProgressReportRepository progress, IndicatorMerger indicatorMerger,
            ProgressMerger progressMerger) {
        this.plans = plans;
        this.units = units;
        this.tasks = tasks;
        this.indicators = indicators;
        this.measurements = measurements;
        this.progress = progress;
        this.indicatorMerger = indicatorMerger;
        this.progressMerger = progressMerger;
    }

    /** What an import did; {@code matchedUnitIds} maps each unit name of the document to the unit it found, if any. */
    record Outcome(Plan plan, boolean planExisted, ImportCounts created, ImportCounts updated,
            Map<String, Long> matchedUnitIds, List<Unit> newUnits, List<ImportWarning> warnings) {
    }

    Outcome write(ImportDraft draft) {
        ImportTally tally = new ImportTally(draft.warnings());
        PlanDraft planDraft = draft.plan();

        UnitDirectory directory = new UnitDirectory(planDraft.region(), units.listWithAliases(planDraft.region()),
                dictionary);
        Map<String, Long> matched = matchUnits(draft, directory);

        Optional<Plan> existingPlan = plans.findByNaturalKey(planDraft.region(), planDraft.year(), planDraft.title());
        Plan plan = existingPlan.orElseGet(Plan::new);
        Map<TaskDraft, List<ResolvedUnit>> resolvedUnits = new LinkedHashMap<>();
        for (TaskDraft task : draft.tasks()) {
            resolvedUnits.put(task, resolve(task, directory, tally));
        }
        // After the table's units: a new unit is named as the table writes it, and the issuer line's full name
        // (市经济和信息化局) then finds the table's short form (市经信局) through the alias dictionary.
        Unit issuer = planDraft.issuer() == null ? null : directory.findOrCreate(planDraft.issuer());
        directory.created().forEach(units::persist);
        tally.created.units = directory.created().size();

        if (applyPlan(plan, planDraft, issuer)) {
            if (existingPlan.isPresent()) {
                tally.updated.plans++;
            } else {
                plans.persist(plan);
                tally.created.plans++;
            }
        }

        mergeTasks(plan, draft, resolvedUnits, tally);
        // Meet constraint errors here, inside the import, so that a dry run fails exactly as the commit would.
        plans.flush();
        return new Outcome(plan, existingPlan.isPresent(), tally.created.freeze(), tally.updated.freeze(), matched,
                List.copyOf(directory.created()), tally.warnings());
    }

    /** Which existing unit each name of the document finds, decided before anything is created. */
    private static Map<String, Long> matchUnits(ImportDraft draft, UnitDirectory directory) {
        Map<String, Long> matched = new HashMap<>();
        List<String> names = new ArrayList<>();
        if (draft.plan().issuer() != null) {
            names.add(draft.plan().issuer());
        }
        for (TaskDraft task : draft.tasks()) {
            for (AssignmentDraft a : task.units()) {
                names.add(a.name());
                directory.find(a.name()).ifPresent(parent -> a.divisions().forEach(d -> directory
                        .findDivision(parent, d).ifPresent(u -> matched.put(a.name() + "/" + d, u.id))));
            }
        }
        names.forEach(name -> directory.find(name).ifPresent(u -> matched.put(name, u.id)));
        return matched;
    }

    private record ResolvedUnit(AssignmentDraft draft, Unit unit, List<Unit> divisions) {
    }

    private static List<ResolvedUnit> resolve(TaskDraft task, UnitDirectory directory, ImportTally tally) {
        List<ResolvedUnit> result = new ArrayList<>();
        Set<Unit> seen = new HashSet<>();
        for (AssignmentDraft a : task.units()) {
            Unit unit = directory.findOrCreate(a.name());
            if (!seen.add(unit)) {
                continue; // two written forms of one unit in a row: keep its first place
            }
            List<Unit> divisions = new ArrayList<>();
            for (String name : a.divisions()) {
                directory.divisionOf(unit, name).ifPresentOrElse(divisions::add, () -> tally.warn(task.location(),
                        "处室“" + name + "”的名称已被本地区另一单位使用，未记为" + unit.name + "的处室"));
            }
            result.add(new ResolvedUnit(a, unit, divisions));
        }
        return result;
    }

    /** Sets the plan's fields from the draft; true when anything changed (or the plan is new). */
    private static boolean applyPlan(Plan plan, PlanDraft draft, Unit issuer) {
        boolean changed = plan.id == null;
        if (plan.id == null) {
            plan.title = draft.title();
            plan.planYear = draft.year();
            plan.region = draft.region();
            plan.disclosure = draft.disclosure() != null ? draft.disclosure() : Disclosure.INTERNAL;
        } else if (draft.disclosure() != null && plan.disclosure != draft.disclosure()) {
            plan.disclosure = draft.disclosure();
            changed = true;
        }
        Long currentIssuer = plan.issuer == null ? null : plan.issuer.id;
        if (issuer != null && (issuer.id == null || !issuer.id.equals(currentIssuer))) {
            plan.issuer = issuer;
            changed = true;
        }
        if (draft.publishedOn() != null && !draft.publishedOn().equals(plan.publishedOn)) {
            plan.publishedOn = draft.publishedOn();
            changed = true;
        }
        if (draft.documentNumber() != null && !draft.documentNumber().equals(plan.documentNumber)) {
            plan.documentNumber = draft.documentNumber();
            changed = true;
        }
        if (draft.sourceText() != null && !draft.sourceText().equals(plan.sourceText)) {
            plan.sourceText = draft.sourceText();
            changed = true;
        }
        return changed;
    }

    private void mergeTasks(Plan plan, ImportDraft draft, Map<TaskDraft, List<ResolvedUnit>> resolvedUnits,
            ImportTally tally) {
        List<Task> existing = plan.id == null ? List.of() : tasks.list("plan = ?1 order by ordinal", plan);
        Map<Long, List<TaskAssignment>> assignments = tasks.assignmentsOf(existing.stream().map(t -> t.id).toList());
        TaskMatcher.Matching matching = TaskMatcher.match(existing, draft.tasks());
        matching.warnings().forEach(w -> tally.warn(w.location(), w.message()));
        makeRoomForOrdinals(matching.byDraft(), matching.ordinals());

        Map<Long, List<Indicator>> indicatorsByTask = new HashMap<>();
        Map<Long, List<Measurement>> measurementsByIndicator = new HashMap<>();
        Map<Long, List<ProgressReport>> reportsByTask = new HashMap<>();
        if (plan.id != null) {
            indicators.list("task.plan", plan).forEach(i -> indicatorsByTask.computeIfAbsent(i.task.id,
                    k -> new ArrayList<>()).add(i));
            measurements.list("indicator.task.plan", plan).forEach(m -> measurementsByIndicator.computeIfAbsent(
                    m.indicator.id, k -> new ArrayList<>()).add(m));
            progress.list("task.plan", plan).forEach(r -> reportsByTask.computeIfAbsent(r.task.id,
                    k -> new ArrayList<>()).add(r));
        }

        for (TaskDraft d : draft.tasks()) {
            Task task = matching.byDraft().get(d);
            boolean isNew = task == null;
            if (isNew) {
                task = new Task();
                task.plan = plan;
                task.status = d.progressText() != null ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
            }
            boolean changed = applyTask(task, d, matching.ordinals().get(d), resolvedUnits.get(d),
                    isNew ? List.of() : assignments.getOrDefault(task.id, List.of()));
            if (isNew) {
                tasks.persist(task);
                tally.created.tasks++;
            } else if (changed) {
                tally.updated.tasks++;
            }
            indicatorMerger.merge(task, d, indicatorsByTask.getOrDefault(task.id, List.of()), measurementsByIndicator,
                    tally);
            progressMerger.merge(task, d, plan, draft.plan().publishedAt(),
                    reportsByTask.getOrDefault(task.id, List.of()), tally);
        }
    }

    /** Tasks whose ordinal changes first step aside, so that swapping two ordinals never trips the unique key. */
    private void makeRoomForOrdinals(Map<TaskDraft, Task> byDraft, Map<TaskDraft, Integer> ordinals) {
        boolean moved = false;
        for (Map.Entry<TaskDraft, Task> e : byDraft.entrySet()) {
            if (e.getValue().ordinal != ordinals.get(e.getKey())) {
                e.getValue().ordinal = -e.getValue().id.intValue();
                moved = true;
            }
        }
        if (moved) {
            tasks.flush();
        }
    }

    private static boolean applyTask(Task task, TaskDraft d, int ordinal, List<ResolvedUnit> resolved,
            List<TaskAssignment> current) {
        boolean changed = false;
        if (task.ordinal != ordinal) {
            task.ordinal = ordinal;
            changed = true;
        }
        if (!d.content().equals(task.content)) {
            task.content = d.content();
            changed = true;
        }
        if (!Objects.equals(task.dueDate, d.dueDate())) {
            task.dueDate = d.dueDate();
            changed = true;
        }
        if (!sameAssignments(current, resolved)) {
            Map<Long, TaskAssignment> byUnit = new HashMap<>();
            current.forEach(a -> byUnit.put(a.unit.id, a));
            task.assignments.clear();
            for (int i = 0; i < resolved.size(); i++) {
                ResolvedUnit r = resolved.get(i);
                TaskAssignment a = r.unit().id != null && byUnit.containsKey(r.unit().id) ? byUnit.get(r.unit().id)
                        : new TaskAssignment();
                a.task = task;
                a.unit = r.unit();
                a.role = r.draft().role();
                a.position = i;
                a.divisions.clear();
                a.divisions.addAll(r.divisions());
                task.assignments.add(a);
            }
            changed = true;
        }
        if (changed) {
            task.updatedAt = Instant.now();
        }
        return changed;
    }

    private static boolean sameAssignments(List<TaskAssignment> current, List<ResolvedUnit> resolved) {
        if (current.size() != resolved.size()) {
            return false;
        }
        List<TaskAssignment> sorted = current.stream().sorted(java.util.Comparator.comparingInt(a -> a.position)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            TaskAssignment a = sorted.get(i);
            ResolvedUnit r = resolved.get(i);
            if (r.unit().id == null || !r.unit().id.equals(a.unit.id) || a.role != r.draft().role()) {
                return false;
            }
            Set<Long> now = a.divisions.stream().map(u -> u.id).collect(Collectors.toSet());
            Set<Long> wanted = r.divisions().stream().map(u -> u.id).collect(Collectors.toSet());
            if (wanted.contains(null) || !now.equals(wanted)) {
                return false;
            }
        }
        return true;
    }
}
