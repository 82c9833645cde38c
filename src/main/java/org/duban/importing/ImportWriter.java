package org.duban.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import org.duban.importing.extract.ExtractedIndicator;
import org.duban.importing.extract.ExtractedMeasurement;
import org.duban.importing.extract.ExtractedTarget;
import org.duban.importing.table.TextNormalizer;
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
 * units, matches tasks by content and then by ordinal, indicators by name and measurements by period and status, and
 * touches nothing that already says the same, so that importing a document twice changes nothing. It reads each kind
 * of row of the plan in one query, whatever the number of tasks.
 */
@ApplicationScoped
public class ImportWriter {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PlanRepository plans;
    private final UnitRepository units;
    private final TaskRepository tasks;
    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final ProgressReportRepository progress;
    private final UnitAliasDictionary dictionary = UnitAliasDictionary.standard();

    public ImportWriter(PlanRepository plans, UnitRepository units, TaskRepository tasks, IndicatorRepository indicators,
            MeasurementRepository measurements, ProgressReportRepository progress) {
        this.plans = plans;
        this.units = units;
        this.tasks = tasks;
        this.indicators = indicators;
        this.measurements = measurements;
        this.progress = progress;
    }

    /** What an import did; {@code matchedUnitIds} maps each unit name of the document to the unit it found, if any. */
    record Outcome(Plan plan, boolean planExisted, ImportCounts created, ImportCounts updated,
            Map<String, Long> matchedUnitIds, List<Unit> newUnits, List<ImportWarning> warnings) {
    }

    Outcome write(ImportDraft draft) {
        ImportCounts.Tally created = new ImportCounts.Tally();
        ImportCounts.Tally updated = new ImportCounts.Tally();
        List<ImportWarning> warnings = new ArrayList<>(draft.warnings());
        PlanDraft planDraft = draft.plan();

        UnitDirectory directory = new UnitDirectory(planDraft.region(), units.listWithAliases(planDraft.region()),
                dictionary);
        Map<String, Long> matched = matchUnits(draft, directory);

        Optional<Plan> existingPlan = plans.findByNaturalKey(planDraft.region(), planDraft.year(), planDraft.title());
        Plan plan = existingPlan.orElseGet(Plan::new);
        Map<TaskDraft, List<ResolvedUnit>> resolvedUnits = new LinkedHashMap<>();
        for (TaskDraft task : draft.tasks()) {
            resolvedUnits.put(task, resolve(task, directory, warnings));
        }
        // After the table's units: a new unit is named as the table writes it, and the issuer line's full name
        // (市经济和信息化局) then finds the table's short form (市经信局) through the alias dictionary.
        Unit issuer = planDraft.issuer() == null ? null : directory.findOrCreate(planDraft.issuer());
        directory.created().forEach(units::persist);
        created.units = directory.created().size();

        if (applyPlan(plan, planDraft, issuer)) {
            if (existingPlan.isPresent()) {
                updated.plans++;
            } else {
                plans.persist(plan);
                created.plans++;
            }
        }

        mergeTasks(plan, draft, resolvedUnits, created, updated, warnings);
        // Meet constraint errors here, inside the import, so that a dry run fails exactly as the commit would.
        plans.flush();
        return new Outcome(plan, existingPlan.isPresent(), created.freeze(), updated.freeze(), matched,
                List.copyOf(directory.created()), warnings);
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

    private static List<ResolvedUnit> resolve(TaskDraft task, UnitDirectory directory, List<ImportWarning> warnings) {
        List<ResolvedUnit> result = new ArrayList<>();
        Set<Unit> seen = new HashSet<>();
        for (AssignmentDraft a : task.units()) {
            Unit unit = directory.findOrCreate(a.name());
            if (!seen.add(unit)) {
                continue; // two written forms of one unit in a row: keep its first place
            }
            List<Unit> divisions = new ArrayList<>();
            for (String name : a.divisions()) {
                directory.divisionOf(unit, name).ifPresentOrElse(divisions::add, () -> warnings.add(ImportWarning.at(
                        task.location(), "处室“" + name + "”的名称已被本地区另一单位使用，未记为" + unit.name + "的处室")));
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
            ImportCounts.Tally created, ImportCounts.Tally updated, List<ImportWarning> warnings) {
        List<Task> existing = plan.id == null ? List.of() : tasks.list("plan = ?1 order by ordinal", plan);
        Map<Long, List<TaskAssignment>> assignments = tasks.assignmentsOf(existing.stream().map(t -> t.id).toList());
        Map<Task, TaskDraft> matches = matchTasks(existing, draft.tasks());
        Map<TaskDraft, Task> byDraft = new HashMap<>();
        matches.forEach((task, d) -> byDraft.put(d, task));
        Map<TaskDraft, Integer> ordinals = ordinals(draft.tasks(), existing, byDraft, warnings);
        makeRoomForOrdinals(byDraft, ordinals);

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
            Task task = byDraft.get(d);
            boolean isNew = task == null;
            if (isNew) {
                task = new Task();
                task.plan = plan;
                task.status = d.progressText() != null ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
            }
            boolean changed = applyTask(task, d, ordinals.get(d), resolvedUnits.get(d),
                    isNew ? List.of() : assignments.getOrDefault(task.id, List.of()));
            if (isNew) {
                tasks.persist(task);
                created.tasks++;
            } else if (changed) {
                updated.tasks++;
            }
            mergeIndicators(task, d, indicatorsByTask.getOrDefault(task.id, List.of()), measurementsByIndicator,
                    created, updated);
            mergeProgress(task, d, plan, draft.plan().publishedAt(), reportsByTask.getOrDefault(task.id, List.of()),
                    created);
        }
    }

    /** Pairs the document's rows with the plan's tasks: same content first, then same ordinal. */
    private static Map<Task, TaskDraft> matchTasks(List<Task> existing, List<TaskDraft> drafts) {
        Map<Task, TaskDraft> matches = new LinkedHashMap<>();
        Map<String, Task> byContent = new HashMap<>();
        Map<Integer, Task> byOrdinal = new HashMap<>();
        existing.forEach(t -> {
            byContent.putIfAbsent(TextNormalizer.compact(t.content), t);
            byOrdinal.put(t.ordinal, t);
        });
        List<TaskDraft> unmatched = new ArrayList<>();
        for (TaskDraft d : drafts) {
            Task t = byContent.get(TextNormalizer.compact(d.content()));
            if (t != null && !matches.containsKey(t)) {
                matches.put(t, d);
            } else {
                unmatched.add(d);
            }
        }
        for (TaskDraft d : unmatched) {
            Task t = byOrdinal.get(d.ordinal());
            if (t != null && !matches.containsKey(t)) {
                matches.put(t, d);
            }
        }
        return matches;
    }

    /**
     * The ordinal each row's task ends with: the row's 序号, unless a task the document does not list holds it; then a
     * matched task keeps the ordinal it has (so that importing the same table again changes nothing), and a new one
     * takes the next free number.
     */
    private static Map<TaskDraft, Integer> ordinals(List<TaskDraft> drafts, List<Task> existing,
            Map<TaskDraft, Task> byDraft, List<ImportWarning> warnings) {
        Set<Integer> taken = existing.stream().filter(t -> !byDraft.containsValue(t)).map(t -> t.ordinal)
                .collect(Collectors.toCollection(HashSet::new));
        Set<Integer> wanted = drafts.stream().map(TaskDraft::ordinal).collect(Collectors.toSet());
        int nextFree = Math.max(drafts.stream().mapToInt(TaskDraft::ordinal).max().orElse(0),
                existing.stream().mapToInt(t -> t.ordinal).max().orElse(0)) + 1;
        Map<TaskDraft, Integer> result = new HashMap<>();
        for (TaskDraft d : drafts) {
            int ordinal = d.ordinal();
            if (taken.contains(ordinal)) {
                Task task = byDraft.get(d);
                boolean keepCurrent = task != null && !taken.contains(task.ordinal) && !wanted.contains(task.ordinal);
                ordinal = keepCurrent ? task.ordinal : nextFree++;
                warnings.add(ImportWarning.at(d.location(), "序号" + d.ordinal() + "已被本计划中另一项任务占用，本任务编为"
                        + ordinal));
            }
            taken.add(ordinal);
            result.put(d, ordinal);
        }
        return result;
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

    private void mergeIndicators(Task task, TaskDraft d, List<Indicator> existing,
            Map<Long, List<Measurement>> measurementsByIndicator, ImportCounts.Tally created,
            ImportCounts.Tally updated) {
        // 确保增长6.5%、力争7%: one name, a firm and a stretch target, two indicators.
        Map<String, Indicator> byName = new HashMap<>();
        existing.forEach(i -> byName.putIfAbsent(i.name + "/" + i.commitment, i));
        for (ExtractedIndicator e : d.indicators()) {
            Indicator indicator = byName.get(e.name() + "/" + e.commitment());
            if (indicator == null) {
                indicator = new Indicator();
                indicator.task = task;
                applyIndicator(indicator, e);
                indicators.persist(indicator);
                byName.put(e.name() + "/" + e.commitment(), indicator);
                created.indicators++;
            } else if (applyIndicator(indicator, e)) {
                updated.indicators++;
            }
            List<Measurement> known = indicator.id == null ? new ArrayList<>()
                    : measurementsByIndicator.computeIfAbsent(indicator.id, k -> new ArrayList<>());
            for (ExtractedMeasurement m : e.measurements()) {
                mergeMeasurement(indicator, m, known, created, updated);
            }
        }
    }

    private static boolean applyIndicator(Indicator i, ExtractedIndicator e) {
        ExtractedTarget t = e.target();
        boolean changed = i.id == null;
        changed |= set(i.name, e.name(), v -> i.name = v);
        changed |= set(i.kind, e.kind(), v -> i.kind = v);
        changed |= set(i.accumulation, e.accumulation(), v -> i.accumulation = v);
        changed |= set(i.direction, e.direction(), v -> i.direction = v);
        changed |= set(i.commitment, e.commitment(), v -> i.commitment = v);
        changed |= set(i.sourceText, clip(e.sourceText()), v -> i.sourceText = v);
        changed |= set(i.targetComparator, t == null ? null : t.comparator(), v -> i.targetComparator = v);
        if (t == null ? i.targetValue != null : i.targetValue == null || i.targetValue.compareTo(t.value()) != 0) {
            i.targetValue = t == null ? null : t.value();
            changed = true;
        }
        changed |= set(i.targetUnit, t == null ? null : t.unit(), v -> i.targetUnit = v);
        changed |= set(i.targetPeriodFrom, t == null ? null : t.period().from(), v -> i.targetPeriodFrom = v);
        changed |= set(i.targetPeriodTo, t == null ? null : t.period().to(), v -> i.targetPeriodTo = v);
        changed |= set(i.targetPeriodLabel, t == null ? null : t.period().label(), v -> i.targetPeriodLabel = v);
        if (changed) {
            i.updatedAt = Instant.now();
        }
        return changed;
    }

    private void mergeMeasurement(Indicator indicator, ExtractedMeasurement e, List<Measurement> known,
            ImportCounts.Tally created, ImportCounts.Tally updated) {
        Measurement same = known.stream()
                .filter(m -> m.periodFrom.equals(e.period().from()) && m.periodTo.equals(e.period().to())
                        && m.status == e.status())
                .findFirst().orElse(null);
        if (same == null) {
            Measurement m = new Measurement();
            m.indicator = indicator;
            m.amount = e.value();
            m.unit = e.unit();
            m.qualifier = e.qualifier();
            m.periodFrom = e.period().from();
            m.periodTo = e.period().to();
            m.periodLabel = e.period().label();
            m.status = e.status();
            m.sourceText = clip(e.sourceText());
            m.reportedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            measurements.persist(m);
            known.add(m);
            indicator.updatedAt = Instant.now();
            created.measurements++;
        } else if (same.amount.compareTo(e.value()) != 0 || !same.unit.equals(e.unit())
                || same.qualifier != e.qualifier()) {
            // A later table corrects the figure of the same period and status.
            same.amount = e.value();
            same.unit = e.unit();
            same.qualifier = e.qualifier();
            same.sourceText = clip(e.sourceText());
            same.reportedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            indicator.updatedAt = Instant.now();
            updated.measurements++;
        }
    }

    /** The completion text becomes a progress report for the part of the year the document covers. */
    private void mergeProgress(Task task, TaskDraft d, Plan plan, Instant publishedAt, List<ProgressReport> existing,
            ImportCounts.Tally created) {
        if (d.progressText() == null) {
            return;
        }
        LocalDate from = LocalDate.of(plan.planYear, 1, 1);
        LocalDate yearEnd = LocalDate.of(plan.planYear, 12, 31);
        LocalDate published = plan.publishedOn;
        LocalDate to = published != null && published.getYear() == plan.planYear && published.isBefore(yearEnd)
                ? published : yearEnd;
        String narrative = d.progressText().length() > 8000 ? d.progressText().substring(0, 8000) : d.progressText();
        boolean known = existing.stream().anyMatch(r -> r.periodFrom.equals(from) && r.periodTo.equals(to)
                && r.narrative.equals(narrative));
        if (known) {
            return;
        }
        ProgressReport report = new ProgressReport();
        report.task = task;
        report.periodFrom = from;
        report.periodTo = to;
        report.periodLabel = to.equals(yearEnd) ? "全年" : "截至" + to.getMonthValue() + "月" + to.getDayOfMonth() + "日";
        report.narrative = narrative;
        report.reportedAt = publishedAt != null ? publishedAt
                : published != null ? published.atTime(LocalTime.NOON).atZone(CHINA).toInstant()
                : Instant.now().truncatedTo(ChronoUnit.MICROS);
        progress.persist(report);
        created.progressReports++;
    }

    private static <T> boolean set(T current, T wanted, java.util.function.Consumer<T> setter) {
        if (Objects.equals(current, wanted)) {
            return false;
        }
        setter.accept(wanted);
        return true;
    }

    private static String clip(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
