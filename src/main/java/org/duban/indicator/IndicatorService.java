package org.duban.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.duban.assessment.Verdict;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.ConflictException;
import org.duban.common.EntityTags;
import org.duban.common.InvalidRequestException;
import org.duban.common.PatchBase;
import org.duban.common.ResourceNotFoundException;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.UnitOfMeasure;
import org.duban.task.Task;
import org.duban.task.TaskAccess;
import org.duban.task.TaskService;

/**
 * The write side of indicators and their rules: defaults by kind, a target period within the plan's year unless
 * stated, manual verdicts only where the rules cannot judge. Reads go through {@link IndicatorQueries}.
 */
@ApplicationScoped
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final TaskService tasks;
    private final EntityTags tags;
    private final TaskAccess access;
    private final AuditLog audit;

    public IndicatorService(IndicatorRepository indicators, MeasurementRepository measurements, TaskService tasks,
            EntityTags tags, TaskAccess access, AuditLog audit) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.tasks = tasks;
        this.tags = tags;
        this.access = access;
        this.audit = audit;
    }

    /** The indicator, if the caller may see its task's plan; 404 otherwise, as for one that does not exist. */
    public Indicator findVisible(long id) {
        Indicator indicator = find(id);
        access.requireVisible(indicator.task, "indicator", id);
        return indicator;
    }

    /** The indicator entity with its task and plan (which every access check reads), in one query; 404 when absent. */
    public Indicator find(long id) {
        return indicators.find("from Indicator i join fetch i.task t join fetch t.plan where i.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> new ResourceNotFoundException("indicator", id));
    }

    @Transactional
    public IndicatorResponse create(long taskId, IndicatorRequest request) {
        Indicator indicator = new Indicator();
        indicator.task = tasks.find(taskId);
        apply(indicator, request);
        indicators.persist(indicator);
        // Flushed so that the answer carries the stored timestamps, as the next read does.
        indicators.flush();
        IndicatorResponse created = IndicatorResponse.of(indicator, List.of());
        audit.created(AuditEntityType.INDICATOR, indicator.id, taskId, created);
        return created;
    }

    @Transactional
    public IndicatorResponse update(long id, String ifMatch, IndicatorRequest request) {
        Indicator indicator = find(id);
        IndicatorResponse before = toResponse(indicator);
        tags.requireMatch(ifMatch, before);
        apply(indicator, request);
        indicators.flush();
        IndicatorResponse after = toResponse(indicator);
        audit.updated(AuditEntityType.INDICATOR, id, indicator.task.id, before, after);
        return after;
    }

    /** The current state in the shape of a PUT body, with the tag of the representation it was read from. */
    public PatchBase<IndicatorRequest> currentRequest(long id) {
        IndicatorResponse current = toResponse(findVisible(id));
        return new PatchBase<>(current.toRequest(), tags.of(current));
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Indicator indicator = find(id);
        IndicatorResponse before = toResponse(indicator);
        tags.requireMatch(ifMatch, before);
        // One by one, not in bulk: the representation above loaded them into the session, where a bulk delete
        // would leave them pointing at the deleted indicator and fail the flush.
        measurements.list("indicator", indicator).forEach(measurements::delete);
        indicators.delete(indicator);
        audit.deleted(AuditEntityType.INDICATOR, id, indicator.task.id, before);
    }

    /**
     * Records a person's verdict. Only for an indicator the rules cannot judge (computed NOT_ASSESSABLE: a MILESTONE, a
     * RANK, no target, units that do not convert); elsewhere the numbers decide and a person's word would hide them,
     * so that is a 409. NO_DATA and NOT_ASSESSABLE are not judgements and are refused (400).
     */
    @Transactional
    public IndicatorResponse setManualVerdict(long id, String ifMatch, ManualVerdictRequest request, String actor) {
        if (request.verdict() == Verdict.NO_DATA || request.verdict() == Verdict.NOT_ASSESSABLE) {
            throw new InvalidRequestException("verdict", request.verdict() + " is not a judgement; give one of "
                    + java.util.Arrays.stream(Verdict.values())
                            .filter(v -> v != Verdict.NO_DATA && v != Verdict.NOT_ASSESSABLE).toList());
        }
        Indicator indicator = find(id);
        IndicatorResponse current = toResponse(indicator);
        tags.requireMatch(ifMatch, current);
        if (current.assessment().verdict() != Verdict.NOT_ASSESSABLE) {
            throw new ConflictException("Indicator " + id + " is judged by the rules (" + current.assessment().verdict()
                    + ", rule " + current.assessment().rule() + "); a manual verdict is only for indicators whose "
                    + "computed verdict is NOT_ASSESSABLE");
        }
        indicator.manualVerdict = request.verdict();
        indicator.manualVerdictReason = request.reason().strip();
        indicator.manualVerdictSetBy = actor;
        indicator.manualVerdictSetAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        indicator.updatedAt = Instant.now();
        indicators.flush();
        IndicatorResponse after = toResponse(indicator);
        audit.updated(AuditEntityType.INDICATOR, id, indicator.task.id, current, after);
        return after;
    }

    /** Removes a person's verdict; removing none is not an error, so that a retried DELETE still answers 204. */
    @Transactional
    public void clearManualVerdict(long id, String ifMatch) {
        Indicator indicator = find(id);
        IndicatorResponse before = toResponse(indicator);
        tags.requireMatch(ifMatch, before);
        if (indicator.manualVerdict == null) {
            return;
        }
        indicator.manualVerdict = null;
        indicator.manualVerdictReason = null;
        indicator.manualVerdictSetBy = null;
        indicator.manualVerdictSetAt = null;
        indicator.updatedAt = Instant.now();
        indicators.flush();
        audit.updated(AuditEntityType.INDICATOR, id, indicator.task.id, before, toResponse(indicator));
    }

    /** Records that the indicator's measurements changed (its updatedAt moves, its version does not). */
    void touch(Indicator indicator) {
        indicators.touch(indicator.id, Instant.now());
    }

    IndicatorResponse toResponse(Indicator indicator) {
        return IndicatorResponse.of(indicator, measurements.list("indicator", indicator));
    }

    private void apply(Indicator indicator, IndicatorRequest request) {
        indicator.name = request.name().strip();
        indicator.kind = request.kind();
        indicator.accumulation = request.accumulation() != null ? request.accumulation() : defaultAccumulation(request.kind());
        indicator.direction = request.direction() != null ? request.direction() : Direction.ASCENDING;
        indicator.commitment = request.commitment() != null ? request.commitment() : Commitment.FIRM;
        indicator.sourceText = request.sourceText();
        TargetRequest target = request.target();
        if (target == null) {
            indicator.targetComparator = null;
            indicator.targetValue = null;
            indicator.targetUnit = null;
            indicator.targetPeriodFrom = null;
            indicator.targetPeriodTo = null;
            indicator.targetPeriodLabel = null;
        } else {
            UnitOfMeasure unit = UnitOfMeasure.of(target.unit());
            requireUnitsStillFit(indicator, unit);
            indicator.targetComparator = target.comparator();
            indicator.targetValue = target.value();
            indicator.targetUnit = unit.symbol();
            Task task = indicator.task;
            int year = task.plan.planYear;
            indicator.targetPeriodFrom = target.period() != null ? target.period().from() : LocalDate.of(year, 1, 1);
            indicator.targetPeriodTo = target.period() != null ? target.period().to() : LocalDate.of(year, 12, 31);
            indicator.targetPeriodLabel = target.period() != null ? target.period().label() : year + "年";
        }
        indicator.updatedAt = Instant.now();
    }

    /** A new target unit must still compare with the measurements already recorded. */
    private void requireUnitsStillFit(Indicator indicator, UnitOfMeasure unit) {
        if (indicator.id == null) {
            return;
        }
        measurements.list("indicator", indicator).stream()
                .map(m -> UnitOfMeasure.of(m.unit))
                .filter(u -> !u.isComparableWith(unit))
                .findFirst()
                .ifPresent(u -> {
                    throw new InvalidRequestException("target.unit", "'" + unit.symbol()
                            + "' cannot be compared with the unit '" + u.symbol() + "' of recorded measurements");
                });
    }

    static Accumulation defaultAccumulation(MeasureKind kind) {
        // a completion percentage grows through the year like a flow, and is judged pro rata like one
        return kind == MeasureKind.LEVEL || kind == MeasureKind.COUNT || kind == MeasureKind.PROGRESS
                ? Accumulation.CUMULATIVE
                : Accumulation.POINT_IN_TIME;
    }
}
