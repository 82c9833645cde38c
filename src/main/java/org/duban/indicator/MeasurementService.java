package org.duban.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.common.ConflictException;
import org.duban.common.InvalidRequestException;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.ResourceNotFoundException;
import org.duban.quantity.UnitOfMeasure;
import org.duban.task.TaskAccess;

/**
 * Measurements of an indicator. One measurement per indicator, period and status: the same submission replayed is
 * answered with the stored one, a different value for the same key is a conflict.
 */
@ApplicationScoped
public class MeasurementService {

    private final MeasurementRepository measurements;
    private final IndicatorService indicators;
    private final TaskAccess access;
    private final AuditLog audit;

    public MeasurementService(MeasurementRepository measurements, IndicatorService indicators, TaskAccess access,
            AuditLog audit) {
        this.measurements = measurements;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
    }

    /** A recorded measurement and whether this call created it (false when an identical one already existed). */
    public record Recorded(MeasurementResponse measurement, boolean created) {
    }

    public PageResponse<MeasurementResponse> list(long indicatorId, PageRequest page) {
        indicators.findVisible(indicatorId);
        var query = measurements.find("indicator.id = ?1 order by periodTo desc, periodFrom desc, id desc", indicatorId)
                .page(page.page(), page.size());
        return PageResponse.of(query.list().stream().map(MeasurementResponse::of).toList(), page, query.count());
    }

    public MeasurementResponse get(long id) {
        Measurement m = find(id);
        access.requireVisible(m.indicator.task, "measurement", id);
        return MeasurementResponse.of(m);
    }

    @Transactional
    public Recorded record(long indicatorId, MeasurementRequest request) {
        Indicator indicator = indicators.find(indicatorId);
        access.requireWritable(indicator.task, "indicator", indicatorId);
        UnitOfMeasure unit = UnitOfMeasure.of(request.unit());
        if (indicator.hasTarget() && !unit.isComparableWith(UnitOfMeasure.of(indicator.targetUnit))) {
            throw new InvalidRequestException("unit", "'" + unit.symbol() + "' cannot be compared with the target's unit '"
                    + indicator.targetUnit + "'");
        }
        var existing = measurements.findByNaturalKey(indicatorId, request.period().from(), request.period().to(),
                request.status());
        if (existing.isPresent()) {
            Measurement m = existing.get();
            if (m.amount.compareTo(request.value()) == 0 && m.unit.equals(unit.symbol())
                    && Objects.equals(m.qualifier, request.qualifier())) {
                return new Recorded(MeasurementResponse.of(m), false);
            }
            throw new ConflictException("Indicator " + indicatorId + " already has a " + request.status()
                    + " measurement for " + request.period().from() + " – " + request.period().to()
                    + " (id " + m.id + "); delete it first to record another value");
        }
        Measurement m = new Measurement();
        m.indicator = indicator;
        m.amount = request.value();
        m.unit = unit.symbol();
        m.qualifier = request.qualifier();
        m.periodFrom = request.period().from();
        m.periodTo = request.period().to();
        m.periodLabel = request.period().label();
        m.status = request.status();
        m.sourceText = request.sourceText();
        m.reportedAt = request.reportedAt() != null ? request.reportedAt() : Instant.now().truncatedTo(ChronoUnit.MICROS);
        measurements.persist(m);
        measurements.flush();
        indicators.touch(indicator);
        MeasurementResponse created = MeasurementResponse.of(m);
        audit.created(AuditEntityType.MEASUREMENT, m.id, indicator.task.id, created);
        return new Recorded(created, true);
    }

    @Transactional
    public void delete(long id) {
        Measurement m = find(id);
        MeasurementResponse before = MeasurementResponse.of(m);
        indicators.touch(m.indicator);
        measurements.delete(m);
        audit.deleted(AuditEntityType.MEASUREMENT, id, m.indicator.task.id, before);
    }

    private Measurement find(long id) {
        return measurements.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("measurement", id));
    }
}
