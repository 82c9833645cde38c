package org.duban.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Persistence of the audit trail. */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {
}
