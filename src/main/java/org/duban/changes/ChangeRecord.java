package org.duban.changes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored change-feed entry; its position ({@code seq}) is assigned by {@link ChangeFeed}, never generated. */
@Entity
@Table(name = "change_feed")
public class ChangeRecord {

    @Id
    public Long seq;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "change_type", nullable = false, length = 40)
    public String type;

    @Column(name = "entity_type", nullable = false, length = 30)
    public String entity;

    @Column(name = "entity_id", nullable = false)
    public long entityId;

    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "task_id")
    public Long taskId;

    /** The plan's disclosure when the change was written (read when the plan no longer exists). */
    @Column(length = 20)
    public String disclosure;

    @Column(name = "before_json")
    public String before;

    @Column(name = "after_json")
    public String after;
}
