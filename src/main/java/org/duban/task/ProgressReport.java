package org.duban.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated narrative of what was done on a task in a period (进展情况 / 完成情况). */
@Entity
@Table(name = "progress_reports")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "progress_reports_seq")
    @SequenceGenerator(name = "progress_reports_seq", sequenceName = "progress_reports_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    public Task task;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(name = "period_label", length = 50)
    public String periodLabel;

    @Column(nullable = false, length = 8000)
    public String narrative;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;
}
