package org.duban.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Persistence of plans. */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

    public Optional<Plan> findByNaturalKey(String region, int year, String title) {
        return find("region = ?1 and planYear = ?2 and title = ?3", region, year, title).firstResultOptional();
    }
}
