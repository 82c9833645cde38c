package org.duban.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.duban.unit.Unit;

/** A unit's place on a task: its role, its position in the list, and the divisions named with it (市经信局(绿色处)). */
@Entity
@Table(name = "task_assignments")
public class TaskAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_assignments_seq")
    @SequenceGenerator(name = "task_assignments_seq", sequenceName = "task_assignments_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment_role", nullable = false, length = 20)
    public AssignmentRole role;

    /** Zero-based position in the task's unit list; the order is meaningful (the first is the main lead). */
    @Column(name = "list_position", nullable = false)
    public int position;

    @ManyToMany
    @JoinTable(name = "assignment_divisions", joinColumns = @JoinColumn(name = "assignment_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    public Set<Unit> divisions = new LinkedHashSet<>();
}
