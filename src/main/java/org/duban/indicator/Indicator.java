package org.duban.indicator;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.duban.assessment.Verdict;
import org.duban.common.VersionedEntity;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.task.Task;

/** A quantitative or milestone commitment of a task, with its target (工业投资 ≥ 500 亿元 in 2023). */
@Entity
@Table(name = "indicators")
public class Indicator extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicators_seq")
    @SequenceGenerator(name = "indicators_seq", sequenceName = "indicators_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    public Task task;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MeasureKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Accumulation accumulation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Commitment commitment;

    /** The target; all target columns are null for an indicator tracked without one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_comparator", length = 10)
    public Comparator targetComparator;

    @Column(name = "target_value", precision = 38, scale = 10)
    public BigDecimal targetValue;

    @Column(name = "target_unit", length = 30)
    public String targetUnit;

    @Column(name = "target_period_from")
    public LocalDate targetPeriodFrom;

    @Column(name = "target_period_to")
    public LocalDate targetPeriodTo;

    @Column(name = "target_period_label", length = 50)
    public String targetPeriodLabel;

    /** The phrase the target was read from, so that a person can verify it. */
    @Column(name = "source_text", length = 2000)
    public String sourceText;

    /**
     * A person's verdict for an indicator the rules cannot judge (a MILESTONE, a RANK), with why, who and when; all
     * four are null when none was recorded.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "manual_verdict", length = 20)
    public Verdict manualVerdict;

    /**
     * The effective verdict last announced in the change feed, kept by {@code org.duban.task.StoredLights} with SQL and
     * never written through the entity (so that upkeep never moves the version).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 20, insertable = false, updatable = false)
    public Verdict announcedVerdict;

    @Column(name = "manual_verdict_reason", length = 500)
    public String manualVerdictReason;

    @Column(name = "manual_verdict_set_by", length = 100)
    public String manualVerdictSetBy;

    @Column(name = "manual_verdict_set_at")
    public Instant manualVerdictSetAt;

    public boolean hasTarget() {
        return targetValue != null;
    }
}
