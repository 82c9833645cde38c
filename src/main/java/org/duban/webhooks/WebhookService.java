package org.duban.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.changes.ChangeQueries;
import org.duban.changes.ChangeType;
import org.duban.common.InvalidRequestException;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.ResourceNotFoundException;
import org.duban.config.DubanConfig;
import org.duban.security.Caller;

/** Manages webhook subscriptions and their deliveries (admins); the deliveries themselves are made by {@link WebhookDispatcher}. */
@ApplicationScoped
public class WebhookService {

    private final WebhookRepository webhooks;
    private final ChangeQueries changes;
    private final AuditLog audit;
    private final Caller caller;
    private final DubanConfig config;

    public WebhookService(WebhookRepository webhooks, ChangeQueries changes, AuditLog audit, Caller caller,
            DubanConfig config) {
        this.webhooks = webhooks;
        this.changes = changes;
        this.audit = audit;
        this.caller = caller;
        this.config = config;
    }

    /** A new subscription; it receives the changes committed after it. */
    @Transactional
    public WebhookResponse create(WebhookRequest request) {
        Set<String> events = new LinkedHashSet<>();
        for (int i = 0; i < request.events().size(); i++) {
            String event = request.events().get(i).strip();
            try {
                events.add(ChangeType.valueOf(event).name());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("events[" + i + "]", "must be a change type, one of "
                        + java.util.Arrays.toString(ChangeType.values()) + ", not '" + event + "'");
            }
        }
        try {
            WebhookTargets.check(WebhookTargets.parse(request.url()), config.webhooks().allowPrivateTargets());
        } catch (WebhookTargets.TargetRefused refused) {
            throw new InvalidRequestException("url", refused.getMessage());
        }
        Webhook webhook = new Webhook();
        webhook.url = request.url().strip();
        webhook.events = String.join(",", events);
        webhook.secret = request.secret();
        webhook.description = request.description();
        webhook.afterChange = changes.head().last();
        webhook.createdBy = caller.actor();
        webhook.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        webhooks.persist(webhook);
        WebhookResponse created = WebhookResponse.of(webhook);
        audit.created(AuditEntityType.WEBHOOK, webhook.id, null, created);
        return created;
    }

    public PageResponse<WebhookResponse> list(PageRequest page) {
        var query = webhooks.find("order by id");
        query.page(page.page(), page.size());
        return PageResponse.of(query.list().stream().map(WebhookResponse::of).toList(), page, query.count());
    }

    public WebhookResponse get(long id) {
        return WebhookResponse.of(find(id));
    }

    /** Deletes the subscription and its deliveries; a delivery being attempted at that moment finishes first. */
    @Transactional
    public void delete(long id) {
        Webhook webhook = find(id);
        WebhookResponse before = WebhookResponse.of(webhook);
        webhooks.delete(webhook);
        audit.deleted(AuditEntityType.WEBHOOK, id, null, before);
    }

    /** The webhook's deliveries, newest first, each with its attempts: three queries whatever the page size. */
    public PageResponse<DeliveryResponse> deliveries(long id, PageRequest page) {
        find(id);
        EntityManager em = webhooks.getEntityManager();
        List<WebhookDelivery> rows = em.createQuery("from WebhookDelivery d where d.webhookId = :id"
                        + " order by d.id desc", WebhookDelivery.class).setParameter("id", id)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(d) from WebhookDelivery d where d.webhookId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        Map<Long, List<DeliveryResponse.Attempt>> attempts = new HashMap<>();
        if (!rows.isEmpty()) {
            for (WebhookAttempt a : em.createQuery("from WebhookAttempt a where a.deliveryId in :ids order by a.id",
                    WebhookAttempt.class).setParameter("ids", rows.stream().map(d -> d.id).toList()).getResultList()) {
                attempts.computeIfAbsent(a.deliveryId, k -> new ArrayList<>()).add(new DeliveryResponse.Attempt(
                        a.attemptedAt, a.statusCode, a.latencyMillis, a.error));
            }
        }
        return PageResponse.of(rows.stream().map(d -> response(d, attempts.getOrDefault(d.id, List.of()))).toList(),
                page, total);
    }

    /**
     * Sends a delivery's change again, as a new delivery (a new X-Duban-Delivery; the payload, and with it the
     * change's cursor, is the same) due at once. It goes before the subscription's later changes.
     */
    @Transactional
    public DeliveryResponse redeliver(long id, long deliveryId) {
        find(id);
        WebhookDelivery original = webhooks.getEntityManager().find(WebhookDelivery.class, deliveryId);
        if (original == null || original.webhookId != id) {
            throw new ResourceNotFoundException("webhook delivery", deliveryId);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        WebhookDelivery again = new WebhookDelivery();
        again.webhookId = id;
        again.key = UUID.randomUUID().toString();
        again.changeSeq = original.changeSeq;
        again.event = original.event;
        again.payload = original.payload;
        again.state = WebhookDelivery.State.PENDING;
        again.createdAt = now;
        again.nextAttemptAt = now;
        webhooks.getEntityManager().persist(again);
        return response(again, List.of());
    }

    private Webhook find(long id) {
        return webhooks.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("webhook", id));
    }

    private static DeliveryResponse response(WebhookDelivery d, List<DeliveryResponse.Attempt> attempts) {
        return new DeliveryResponse(d.id, d.key, Long.toString(d.changeSeq), d.event, d.state.name(), d.createdAt,
                d.state == WebhookDelivery.State.PENDING ? d.nextAttemptAt : null, d.finishedAt, attempts);
    }
}
