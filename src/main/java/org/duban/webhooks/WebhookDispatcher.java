package org.duban.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.duban.changes.ChangeQueries;
import org.duban.changes.ChangeRecord;
import org.duban.config.DubanConfig;

/**
 * Delivers changes to webhooks from a scheduled worker, never from a request thread. Each subscription follows the
 * change feed with its own position ({@code after_change}): the worker turns the next matching change into a delivery
 * row and moves the position in one transaction, then attempts the delivery in another, so a crash or restart at any
 * point leaves either the change not yet taken or a pending delivery that is attempted again (at least once, with the
 * same {@code X-Duban-Delivery}). A subscription has at most one delivery in flight and the next change is taken only
 * when it is settled, so deliveries arrive in order. Each step locks the subscription's row with
 * {@code FOR UPDATE SKIP LOCKED}: several instances on one database never work on the same subscription at once.
 */
@ApplicationScoped
public class WebhookDispatcher {

    /** Steps one subscription may take per run, so that one busy subscription does not starve the others. */
    static final int MAX_STEPS_PER_RUN = 100;

    enum Step { BUSY, IDLE, ENQUEUED, WAITING, DELIVERED, RETRY_LATER, GAVE_UP }

    private final WebhookRepository webhooks;
    private final ChangeQueries changes;
    private final WebhookSender sender;
    private final ObjectMapper json;
    private final DubanConfig config;

    public WebhookDispatcher(WebhookRepository webhooks, ChangeQueries changes, WebhookSender sender, ObjectMapper json,
            DubanConfig config) {
        this.webhooks = webhooks;
        this.changes = changes;
        this.sender = sender;
        this.json = json;
        this.config = config;
    }

    @Scheduled(identity = "webhook-deliveries", every = "${duban.webhooks.poll-interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        deliverAll();
    }

    /** One pass over every subscription: takes and delivers what is due. */
    public void deliverAll() {
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> webhooks.getEntityManager()
                .createQuery("select w.id from Webhook w order by w.id", Long.class).getResultList());
        for (Long id : ids) {
            for (int i = 0; i < MAX_STEPS_PER_RUN; i++) {
                Step step;
                try {
                    step = QuarkusTransaction.requiringNew().call(() -> step(id));
                } catch (RuntimeException e) {
                    Log.warnf(e, "Webhook %d: delivery step failed; it is tried again at the next run", id);
                    break;
                }
                if (step != Step.ENQUEUED && step != Step.DELIVERED && step != Step.GAVE_UP) {
                    break;
                }
            }
        }
    }

    private Step step(long id) {
        EntityManager em = webhooks.getEntityManager();
        if (em.createNativeQuery("select id from webhooks where id = :id for update skip locked")
                .setParameter("id", id).getResultList().isEmpty()) {
            return Step.BUSY;
        }
        Webhook webhook = em.find(Webhook.class, id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<WebhookDelivery> pending = em.createQuery("from WebhookDelivery d where d.webhookId = :id"
                        + " and d.state = :pending order by d.changeSeq, d.id", WebhookDelivery.class)
                .setParameter("id", id).setParameter("pending", WebhookDelivery.State.PENDING).setMaxResults(1)
                .getResultList();
        if (pending.isEmpty()) {
            return enqueueNext(webhook, now);
        }
        WebhookDelivery delivery = pending.get(0);
        if (delivery.nextAttemptAt.isAfter(now)) {
            return Step.WAITING;
        }
        WebhookSender.Result result = sender.send(webhook.url, webhook.secret, delivery.event, delivery.key,
                delivery.payload);
        Instant end = Instant.now().truncatedTo(ChronoUnit.MICROS);
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = now;
        attempt.statusCode = result.statusCode();
        attempt.latencyMillis = result.latencyMillis();
        attempt.error = result.error();
        em.persist(attempt);
        delivery.attempts++;
        if (result.delivered()) {
            delivery.state = WebhookDelivery.State.DELIVERED;
            delivery.finishedAt = end;
            return Step.DELIVERED;
        }
        if (!end.isBefore(delivery.createdAt.plus(config.webhooks().retryFor()))) {
            delivery.state = WebhookDelivery.State.FAILED;
            delivery.finishedAt = end;
            Log.warnf("Webhook %d: delivery %s of change %d given up after %d attempts (%s)", id, delivery.key,
                    delivery.changeSeq, delivery.attempts, result.error());
            return Step.GAVE_UP;
        }
        delivery.nextAttemptAt = end.plus(backoff(delivery.attempts));
        return Step.RETRY_LATER;
    }

    /** Takes the subscription's next matching change into a delivery row, or moves past changes it does not want. */
    private Step enqueueNext(Webhook webhook, Instant now) {
        ChangeQueries.Head head = changes.head();
        ChangeRecord next = changes.next(webhook.afterChange, head.last(), webhook.eventList());
        if (next == null) {
            if (head.last() > webhook.afterChange) {
                webhook.afterChange = head.last();
            }
            return Step.IDLE;
        }
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.webhookId = webhook.id;
        delivery.key = UUID.randomUUID().toString();
        delivery.changeSeq = next.seq;
        delivery.event = next.type;
        delivery.payload = payload(next);
        delivery.state = WebhookDelivery.State.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        webhooks.getEntityManager().persist(delivery);
        webhook.afterChange = next.seq;
        return Step.ENQUEUED;
    }

    /** Exponential: the first retry after {@code first-retry}, then twice as long each time, at most the maximum. */
    Duration backoff(int attempts) {
        Duration first = config.webhooks().firstRetry();
        Duration max = config.webhooks().maxRetryInterval();
        Duration wait = first.multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.isNegative() || wait.compareTo(max) > 0 ? max : wait;
    }

    private String payload(ChangeRecord change) {
        try {
            return json.writeValueAsString(changes.item(change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a webhook payload", e);
        }
    }

    /** Removes settled deliveries older than the change feed keeps its changes. */
    @Scheduled(identity = "webhook-deliveries-retention", cron = "0 40 0 * * ?", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        LocalDateTime cutoff = LocalDateTime.ofInstant(Instant.now().minus(config.changes().retention()),
                ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> webhooks.getEntityManager().createNativeQuery(
                        "delete from webhook_deliveries where state <> 'PENDING' and created_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate());
    }
}
