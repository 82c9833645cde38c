package org.duban.task;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duban.assessment.Light;
import org.duban.common.VersionedEntity;
import org.duban.plan.Plan;

/** One commitment of a plan, with the units that answer for it in the order the plan lists them. */
@Entity
@Table(name = "tasks")
public class Task extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tasks_seq")
    @SequenceGenerator(name = "tasks_seq", sequenceName = "tasks_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    public Plan plan;

    /** The task this one is a sub-item of. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Task parent;

    /** 序号: position of the task within its plan, unique there. */
    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false, length = 8000)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TaskStatus status;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** An editor's light, kept beside the computed one with why, who and when; all four null when none. */
    @Enumerated(EnumType.STRING)
    @Column(name = "light_override", length = 10)
    public Light lightOverride;

    @Column(name = "light_override_reason", length = 500)
    public String lightOverrideReason;

    @Column(name = "light_override_set_by", length = 100)
    public String lightOverrideSetBy;

    @Column(name = "light_override_set_at")
    public Instant lightOverrideSetAt;

    /**
     * The computed light, stored by {@link StoredLights} (never through this entity, so that upkeep does not move the
     * version): {@code lightOpen} holds on and before the due date, {@code lightOverdue} after it. Null until computed.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "light_open", length = 10, insertable = false, updatable = false)
    public Light lightOpen;

    @Column(name = "light_open_reason", length = 500, insertable = false, updatable = false)
    public String lightOpenReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "light_overdue", length = 10, insertable = false, updatable = false)
    public Light lightOverdue;

    @Column(name = "light_overdue_reason", length = 500, insertable = false, updatable = false)
    public String lightOverdueReason;

    /** The date the task's history last recorded its light for (see {@link DueDateLights}). */
    @Column(name = "light_as_of", insertable = false, updatable = false)
    public LocalDate lightAsOf;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TaskAssignment> assignments = new ArrayList<>();
}
