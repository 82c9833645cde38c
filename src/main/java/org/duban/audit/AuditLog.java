package org.duban.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.changes.ChangeFeed;
import org.duban.changes.ChangeType;
import org.duban.common.DataRevision;
import org.duban.security.Caller;

/**
 * Writes the audit trail from the services, inside their transaction: a change that rolls back leaves no entry, and
 * an entry never exists without its change. The before and after values are the API representations (the response
 * records), so the trail shows what clients saw; long texts (a plan's source document) are cut to
 * {@value #MAX_TEXT} characters.
 *
 * <p>Since every write records an entry, this is also where a write transaction moves the {@link DataRevision} (once)
 * and announces the change ({@link DataChange}) to the read model, which brings what it derives up to date in the same
 * transaction; the change and what it caused then go to the {@link ChangeFeed}, after the revision's lock is held.
 */
@ApplicationScoped
public class AuditLog {

    static final int MAX_TEXT = 2000;

    private final AuditRepository entries;
    private final ObjectMapper json;
    private final Caller caller;
    private final DataRevision revision;
    private final Event<DataChange> changes;
    private final ChangeFeed feed;

    public AuditLog(AuditRepository entries, ObjectMapper json, Caller caller, DataRevision revision,
            Event<DataChange> changes, ChangeFeed feed) {
        this.entries = entries;
        this.json = json;
        this.caller = caller;
        this.revision = revision;
        this.changes = changes;
        this.feed = feed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(AuditEntityType type, long id, Long taskId, Object after) {
        record(AuditAction.CREATE, type, id, taskId, null, null, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(AuditEntityType type, long id, Long taskId, Object before, Object after) {
        record(AuditAction.UPDATE, type, id, taskId, null, before, after);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(AuditEntityType type, long id, Long taskId, Object before) {
        record(AuditAction.DELETE, type, id, taskId, null, before, null);
    }

    /** Any other action, with a short detail such as an import's document hash. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, AuditEntityType type, Long id, Long taskId, String detail, Object before,
            Object after) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = truncate(caller.actor(), 200);
        entry.action = action;
        entry.entityType = type;
        entry.entityId = id;
        entry.taskId = taskId;
        entry.detail = detail == null ? null : truncate(detail, 500);
        entry.before = write(before);
        entry.after = write(after);
        entries.persist(entry);
        // The change itself goes to the feed before what it causes (a light, a verdict), which the observers add.
        if (id != null) {
            ChangeType.ofAudited(type.name(), action.name())
                    .ifPresent(change -> feed.addWrite(change, type.name(), id, taskId, before, after));
        }
        changes.fire(new DataChange(action, type, id, taskId));
        // The feed's flush moves the revision as it takes positions; a write that adds no entry moves it here.
        feed.flush();
        revision.bumpInTransaction();
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(shorten(json.valueToTree(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit value", e);
        }
    }

    /** Cuts long strings anywhere in the tree. */
    private static JsonNode shorten(JsonNode node) {
        if (node instanceof TextNode text && text.textValue().length() > MAX_TEXT) {
            String value = text.textValue();
            return TextNode.valueOf(value.substring(0, MAX_TEXT) + "…(" + value.length() + " characters)");
        }
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            fields.forEach(f -> object.set(f.getKey(), shorten(f.getValue())));
        } else if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, shorten(node.get(i)));
            }
        }
        return node;
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
