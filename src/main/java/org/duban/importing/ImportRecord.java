package org.duban.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** What one committed import did: which document (by SHA-256) into which plan, and how many rows it created or changed. */
@Entity
@Table(name = "imports")
public class ImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "imports_seq")
    @SequenceGenerator(name = "imports_seq", sequenceName = "imports_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 100)
    public String region;

    /** Null once the plan was deleted; the record stays as history. */
    @Column(name = "plan_id")
    public Long planId;

    @Column(name = "source_name", length = 300)
    public String sourceName;

    @Column(name = "media_type", nullable = false, length = 100)
    public String mediaType;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "byte_size", nullable = false)
    public long byteSize;

    @Column(name = "created_plans", nullable = false)
    public int createdPlans;
    @Column(name = "created_tasks", nullable = false)
    public int createdTasks;
    @Column(name = "created_units", nullable = false)
    public int createdUnits;
    @Column(name = "created_indicators", nullable = false)
    public int createdIndicators;
    @Column(name = "created_measurements", nullable = false)
    public int createdMeasurements;
    @Column(name = "created_progress_reports", nullable = false)
    public int createdProgressReports;
    @Column(name = "updated_plans", nullable = false)
    public int updatedPlans;
    @Column(name = "updated_tasks", nullable = false)
    public int updatedTasks;
    @Column(name = "updated_indicators", nullable = false)
    public int updatedIndicators;
    @Column(name = "updated_measurements", nullable = false)
    public int updatedMeasurements;

    /** The warnings of the import as a JSON array, for people to review later. */
    @Column(name = "warnings")
    public String warnings;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;
}
