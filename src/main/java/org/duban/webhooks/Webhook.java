package org.duban.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A subscription: where to POST changes of which types, the secret that signs them, and how far it has got. */
@Entity
@Table(name = "webhooks")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhooks_seq")
    @SequenceGenerator(name = "webhooks_seq", sequenceName = "webhooks_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 2000)
    public String url;

    /** Change types, comma-separated. */
    @Column(nullable = false, length = 1000)
    public String events;

    @Column(nullable = false, length = 200)
    public String secret;

    @Column(length = 500)
    public String description;

    /** The change-feed position up to which changes have been turned into deliveries. */
    @Column(name = "after_change", nullable = false)
    public long afterChange;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<String> eventList() {
        return Arrays.asList(events.split(","));
    }
}
