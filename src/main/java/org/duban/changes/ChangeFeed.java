package org.duban.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.common.DataRevision;

/**
 * Writes the change feed, inside the writing transaction. Entries are gathered while the transaction runs and written
 * by {@link #flush()}, which takes their positions from the data-revision row in the statement that moves the revision
 * and locks that row until commit: positions follow commit order, and a reader never sees a position before an
 * earlier one has committed. Gathering first keeps the lock where it was, after the rows a write changes, rather than
 * taking it earlier for a derived change and inverting the lock order of concurrent writers.
 */
@ApplicationScoped
public class ChangeFeed {

    /** Texts longer than this are cut: only a plan's source document gets there (task content is at most 8,000). */
    static final int MAX_TEXT = 8000;

    private static final String PENDING = ChangeFeed.class.getName() + ".pending";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final DataRevision revision;
    private final ObjectMapper json;

    public ChangeFeed(EntityManager entityManager, TransactionSynchronizationRegistry transactions,
            DataRevision revision, ObjectMapper json) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.revision = revision;
        this.json = json;
    }

    private record Pending(Instant at, ChangeType type, String entity, long entityId, Long planId, Long taskId,
            JsonNode before, JsonNode after) {
    }

    /**
     * Adds an entry to the transaction's feed; it is written at the transaction's next {@link #flush()}.
     *
     * @param planId the plan, when the caller knows it; else it is found from the task, or for a plan from its id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(ChangeType type, String entity, long entityId, Long planId, Long taskId, Object before,
            Object after) {
        pending().add(pending(type, entity, entityId, planId, taskId, before, after));
    }

    /**
     * Adds the entry of a write recorded in the audit trail ahead of the entries still waiting for a flush: those were
     * caused by that write (an import refreshes its plan's lights before it records itself), so it goes first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addWrite(ChangeType type, String entity, long entityId, Long taskId, Object before, Object after) {
        pending().add(0, pending(type, entity, entityId, null, taskId, before, after));
    }

    private Pending pending(ChangeType type, String entity, long entityId, Long planId, Long taskId, Object before,
            Object after) {
        return new Pending(Instant.now().truncatedTo(ChronoUnit.MICROS), type, entity, entityId,
                planId != null ? planId : "PLAN".equals(entity) ? Long.valueOf(entityId) : null, taskId, tree(before),
                tree(after));
    }

    /**
     * Writes the entries gathered so far: resolves their plans and the plans' disclosure (one query for up to a
     * thousand tasks, one more only for plans not reached through a task), then moves the data revision (once per
     * transaction) and takes a range of positions from its row in the same statement, which locks the row until
     * commit, and inserts the entries (batched).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        List<Pending> pending = pending();
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> entries = List.copyOf(pending);
        pending.clear();

        // The plans of entries known by their task, with the plans' disclosure: one query for up to a thousand tasks.
        Set<Long> tasksWithoutPlan = new LinkedHashSet<>();
        entries.stream().filter(e -> e.planId() == null && e.taskId() != null).forEach(e -> tasksWithoutPlan.add(e.taskId()));
        Map<Long, Long> planOfTask = new HashMap<>();
        Map<Long, String> disclosures = new HashMap<>();
        for (List<Long> ids : chunks(tasksWithoutPlan)) {
            for (Object row : entityManager.createNativeQuery("select t.id, t.plan_id, p.disclosure from tasks t"
                    + " join plans p on p.id = t.plan_id where t.id in (:ids)").setParameter("ids", ids).getResultList()) {
                Object[] r = (Object[]) row;
                planOfTask.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
                disclosures.put(((Number) r[1]).longValue(), (String) r[2]);
            }
        }
        List<Long> planIds = new ArrayList<>(entries.size());
        Set<Long> otherPlans = new LinkedHashSet<>();
        for (Pending e : entries) {
            Long plan = e.planId() != null ? e.planId()
                    : e.taskId() != null && planOfTask.containsKey(e.taskId()) ? planOfTask.get(e.taskId())
                    : number(e, "planId");
            planIds.add(plan);
            if (plan != null && !disclosures.containsKey(plan)) {
                otherPlans.add(plan);
            }
        }
        for (List<Long> ids : chunks(otherPlans)) {
            for (Object row : entityManager.createNativeQuery("select id, disclosure from plans where id in (:ids)")
                    .setParameter("ids", ids).getResultList()) {
                Object[] r = (Object[]) row;
                disclosures.put(((Number) r[0]).longValue(), (String) r[1]);
            }
        }

        long last = revision.bumpReservingChanges(entries.size());
        long seq = last - entries.size() + 1;
        for (int i = 0; i < entries.size(); i++) {
            Pending e = entries.get(i);
            ChangeRecord record = new ChangeRecord();
            record.seq = seq++;
            record.occurredAt = e.at();
            record.type = e.type().name();
            record.entity = e.entity();
            record.entityId = e.entityId();
            record.planId = planIds.get(i);
            record.taskId = e.taskId();
            // A deleted plan is no longer in the table: its representation before the delete says what it was.
            record.disclosure = record.planId == null ? null
                    : disclosures.getOrDefault(record.planId, "PLAN".equals(e.entity()) ? text(e, "disclosure") : null);
            record.before = write(e.before());
            record.after = write(e.after());
            entityManager.persist(record);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Pending> pending() {
        List<Pending> pending = (List<Pending>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(PENDING, pending);
        }
        return pending;
    }

    private JsonNode tree(Object value) {
        if (value == null) {
            return null;
        }
        return shorten(json.valueToTree(value));
    }

    /** Through the service's mapper, so that decimals stay plain (51.5, 5150000000), as in the API. */
    private String write(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a change-feed value", e);
        }
    }

    private static Long number(Pending e, String field) {
        for (JsonNode node : new JsonNode[] {e.after(), e.before()}) {
            if (node != null && node.path(field).canConvertToLong()) {
                return node.path(field).longValue();
            }
        }
        return null;
    }

    private static String text(Pending e, String field) {
        for (JsonNode node : new JsonNode[] {e.after(), e.before()}) {
            if (node != null && node.path(field).isTextual()) {
                return node.path(field).textValue();
            }
        }
        return null;
    }

    private static JsonNode shorten(JsonNode node) {
        if (node instanceof TextNode t && t.textValue().length() > MAX_TEXT) {
            String value = t.textValue();
            return TextNode.valueOf(value.substring(0, MAX_TEXT) + "…(" + value.length() + " characters)");
        }
        if (node instanceof ObjectNode object) {
            new ArrayList<>(object.properties()).forEach(f -> object.set(f.getKey(), shorten(f.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, shorten(array.get(i)));
            }
        }
        return node;
    }

    private static List<List<Long>> chunks(Set<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            chunks.add(all.subList(from, Math.min(from + 1000, all.size())));
        }
        return chunks;
    }
}
