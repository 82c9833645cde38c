package org.duban.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Persistence of indicators. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {
}
