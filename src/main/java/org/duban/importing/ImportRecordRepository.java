package org.duban.importing;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Persistence of import records. */
@ApplicationScoped
public class ImportRecordRepository implements PanacheRepository<ImportRecord> {
}
