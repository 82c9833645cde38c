package org.duban.task;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Persistence of progress reports. */
@ApplicationScoped
public class ProgressReportRepository implements PanacheRepository<ProgressReport> {
}
