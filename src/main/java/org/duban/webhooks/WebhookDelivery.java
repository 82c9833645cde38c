package org.duban.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to deliver to one webhook: the bytes to send, and where its attempts stand. */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery {

    /** PENDING until a 2xx (DELIVERED) or until retries run out (FAILED). */
    public enum State { PENDING, DELIVERED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_deliveries_seq")
    @SequenceGenerator(name = "webhook_deliveries_seq", sequenceName = "webhook_deliveries_seq", allocationSize = 50)
    public Long id;

    @Column(name = "webhook_id", nullable = false)
    public long webhookId;

    /** X-Duban-Delivery: the same for every attempt of this delivery. */
    @Column(name = "delivery_key", nullable = false, length = 36)
    public String key;

    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    @Column(nullable = false, length = 40)
    public String event;

    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public State state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
