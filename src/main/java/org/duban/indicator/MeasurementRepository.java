package org.duban.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.duban.quantity.MeasurementStatus;

/** Persistence of measurements. */
@ApplicationScoped
public class MeasurementRepository implements PanacheRepository<Measurement> {

    /** All measurements of the given indicators in one query, grouped by indicator id. */
    public Map<Long, List<Measurement>> byIndicator(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return list("indicator.id in ?1", indicatorIds).stream().collect(Collectors.groupingBy(m -> m.indicator.id));
    }

    /** The measurement with this natural key: one per indicator, period and status. */
    public Optional<Measurement> findByNaturalKey(long indicatorId, LocalDate from, LocalDate to,
            MeasurementStatus status) {
        return find("indicator.id = ?1 and periodFrom = ?2 and periodTo = ?3 and status = ?4", indicatorId, from, to,
                status).firstResultOptional();
    }
}
