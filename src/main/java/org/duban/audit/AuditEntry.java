package org.duban.audit;

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

/** One change: who, when, what, and the resource's API representation before and after it, as JSON. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 200)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false, length = 30)
    public AuditEntityType entityType;

    @Column(name = "entity_id")
    public Long entityId;

    /** The task the change belongs to (the task itself, or its indicator, measurement or progress report). */
    @Column(name = "task_id")
    public Long taskId;

    @Column(length = 500)
    public String detail;

    @Column(name = "before_json")
    public String before;

    @Column(name = "after_json")
    public String after;
}
