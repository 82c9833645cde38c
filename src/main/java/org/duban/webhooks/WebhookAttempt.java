package org.duban.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to deliver: the receiver's status (null when none came), the time it took, what went wrong. */
@Entity
@Table(name = "webhook_attempts")
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempts_seq")
    @SequenceGenerator(name = "webhook_attempts_seq", sequenceName = "webhook_attempts_seq", allocationSize = 50)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public long deliveryId;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "latency_ms", nullable = false)
    public long latencyMillis;

    @Column(length = 500)
    public String error;
}
