package org.duban.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.duban.common.EntityTags;
import org.duban.common.InvalidRequestException;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.ResourceNotFoundException;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.UnitOfMeasure;
import org.duban.task.Task;
import org.duban.task.TaskService;

/** The rules of indicators: defaults by kind, a target period within the plan's year unless stated. */
@ApplicationScoped
public class IndicatorService {

    /** Which measurement counts: latest period end, then FINAL over PRELIMINARY over ESTIMATED, then latest reported. */
    static final Comparator<Measurement> DECISIVE_FIRST = Comparator
            .comparing((Measurement m) -> m.periodTo).reversed()
            .thenComparing((Measurement m) -> m.status.ordinal(), Comparator.reverseOrder())
            .thenComparing((Measurement m) -> m.reportedAt, Comparator.reverseOrder())
            .thenComparing((Measurement m) -> m.id, Comparator.reverseOrder());

    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final TaskService tasks;
    private final EntityTags tags;

    public IndicatorService(IndicatorRepository indicators, MeasurementRepository measurements, TaskService tasks,
            EntityTags tags) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.tasks = tasks;
        this.tags = tags;
    }

    public PageResponse<IndicatorResponse> listForTask(long taskId, PageRequest page) {
        tasks.find(taskId);
        var query = indicators.find("task.id = ?1 order by id", taskId).page(page.page(), page.size());
        List<Indicator> found = query.list();
        Map<Long, List<Measurement>> byIndicator = measurements.byIndicator(found.stream().map(i -> i.id).toList());
        List<IndicatorResponse> items = found.stream()
                .map(i -> IndicatorResponse.of(i, decisive(byIndicator.getOrDefault(i.id, List.of())))).toList();
        return PageResponse.of(items, page, query.count());
    }

    public IndicatorResponse get(long id) {
        return toResponse(find(id));
    }

    /** The indicator entity; 404 when absent. */
    public Indicator find(long id) {
        return indicators.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("indicator", id));
    }

    @Transactional
    public IndicatorResponse create(long taskId, IndicatorRequest request) {
        Indicator indicator = new Indicator();
        indicator.task = tasks.find(taskId);
        apply(indicator, request);
        indicators.persist(indicator);
        return IndicatorResponse.of(indicator, null);
    }

    @Transactional
    public IndicatorResponse update(long id, String ifMatch, IndicatorRequest request) {
        Indicator indicator = find(id);
        tags.requireMatch(ifMatch, toResponse(indicator));
        apply(indicator, request);
        indicators.flush();
        return toResponse(indicator);
    }

    public IndicatorRequest currentRequest(long id) {
        return get(id).toRequest();
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Indicator indicator = find(id);
        tags.requireMatch(ifMatch, toResponse(indicator));
        measurements.delete("indicator", indicator);
        indicators.delete(indicator);
    }

    IndicatorResponse toResponse(Indicator indicator) {
        return IndicatorResponse.of(indicator, decisive(measurements.list("indicator", indicator)));
    }

    static Measurement decisive(List<Measurement> candidates) {
        return candidates.stream().min(DECISIVE_FIRST).orElse(null);
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
            int year = task.plan.year;
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
        return kind == MeasureKind.LEVEL || kind == MeasureKind.COUNT ? Accumulation.CUMULATIVE
                : Accumulation.POINT_IN_TIME;
    }
}
