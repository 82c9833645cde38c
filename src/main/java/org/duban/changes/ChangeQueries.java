package org.duban.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.duban.common.InvalidRequestException;

/**
 * Reads the change feed: a page is two statements whatever its size (the head, then the page), and a page never ends
 * before a change that could still commit below it, because positions are given in commit order (see
 * {@link ChangeFeed}).
 */
@ApplicationScoped
public class ChangeQueries {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 200;

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public ChangeQueries(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** The last position given ({@code last}) and the last one the retention purge removed ({@code purged}). */
    public record Head(long last, long purged) {
    }

    @Transactional
    public Head head() {
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select last_change, changes_purged from data_revision where id = 1")
                .getSingleResult();
        return new Head(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * The page after a cursor. Anonymous readers ({@code publicOnly}) see the entries of PUBLIC plans, judged by the
     * plan's disclosure now, or, once the plan is deleted, by the disclosure it had when the entry was written.
     */
    @Transactional
    public ChangePage page(String after, Integer size, boolean publicOnly) {
        int limit = size == null ? DEFAULT_SIZE : size;
        if (limit < 1 || limit > MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_SIZE);
        }
        long from = parse(after);
        Head head = head();
        if (from > head.last()) {
            throw new InvalidRequestException("after", "is not a cursor of this feed: follow `next` from a page, or"
                    + " start without `after`");
        }
        if (from != 0 && from < head.purged()) {
            throw new InvalidRequestException("after", "names a change older than the feed keeps"
                    + " (duban.changes.retention): copy the data again, then follow the feed from a fresh start");
        }
        String sql = "select c.* from change_feed c"
                + (publicOnly ? " left join plans p on p.id = c.plan_id" : "")
                + " where c.seq > :after and c.seq <= :head"
                + (publicOnly ? " and coalesce(p.disclosure, c.disclosure) = 'PUBLIC'" : "")
                + " order by c.seq";
        @SuppressWarnings("unchecked")
        List<ChangeRecord> records = entityManager.createNativeQuery(sql, ChangeRecord.class)
                .setParameter("after", from).setParameter("head", head.last()).setMaxResults(limit).getResultList();
        // A full page ends at its last entry; a shorter one has read everything up to the head, seen or not.
        long next = records.size() == limit ? records.get(records.size() - 1).seq : head.last();
        return new ChangePage(records.stream().map(this::item).toList(), Long.toString(next));
    }

    /** The first entry after a position, up to the head, of one of these types (all readers' view: for webhooks). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeRecord next(long after, long head, Collection<String> types) {
        @SuppressWarnings("unchecked")
        List<ChangeRecord> records = entityManager.createNativeQuery("select c.* from change_feed c where c.seq > :after"
                        + " and c.seq <= :head and c.change_type in (:types) order by c.seq", ChangeRecord.class)
                .setParameter("after", after).setParameter("head", head).setParameter("types", types)
                .setMaxResults(1).getResultList();
        return records.isEmpty() ? null : records.get(0);
    }

    public ChangeItem item(ChangeRecord r) {
        return new ChangeItem(Long.toString(r.seq), r.occurredAt, ChangeType.valueOf(r.type), r.entity, r.entityId,
                r.planId, r.taskId, read(r.before), read(r.after));
    }

    private JsonNode read(String value) {
        if (value == null) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change-feed entry holds invalid JSON", e);
        }
    }

    private static long parse(String after) {
        if (after == null || after.isBlank()) {
            return 0;
        }
        String value = after.strip();
        if (!value.matches("[0-9]{1,18}")) {
            throw new InvalidRequestException("after", "must be a cursor given by this feed (`next` of a page, or an"
                    + " item's `cursor`), not '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
        }
        return Long.parseLong(value);
    }
}
