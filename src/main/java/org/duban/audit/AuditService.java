package org.duban.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;

/** Reads the audit trail: filtered for admins, and per task for its history. */
@ApplicationScoped
public class AuditService {

    private final AuditRepository entries;
    private final ObjectMapper json;

    public AuditService(AuditRepository entries, ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    /** Filters of the audit trail; any may be null. */
    public record AuditQuery(Instant since, String actor, AuditEntityType entity, Long entityId) {
    }

    public PageResponse<AuditEntryResponse> list(AuditQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.since() != null) {
            where.append(" and e.occurredAt > :since");
            params.put("since", query.since());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" and e.actor = :actor");
            params.put("actor", query.actor().strip());
        }
        if (query.entity() != null) {
            where.append(" and e.entityType = :entity");
            params.put("entity", query.entity());
        }
        if (query.entityId() != null) {
            where.append(" and e.entityId = :entityId");
            params.put("entityId", query.entityId());
        }
        return page(where.toString(), params, page);
    }

    /** Every change of a task and of what hangs on it (indicators, measurements, progress reports), newest first. */
    public PageResponse<AuditEntryResponse> history(long taskId, PageRequest page) {
        return page(" where e.taskId = :task", Map.of("task", taskId), page);
    }

    private PageResponse<AuditEntryResponse> page(String where, Map<String, Object> params, PageRequest page) {
        var em = entries.getEntityManager();
        var select = em.createQuery("select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc",
                AuditEntry.class).setFirstResult(page.offset()).setMaxResults(page.size());
        var count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEntryResponse> items = select.getResultList().stream().map(e -> AuditEntryResponse.of(e, json))
                .toList();
        return PageResponse.of(items, page, count.getSingleResult());
    }
}
