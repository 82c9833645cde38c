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
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasurementStatus;

/** An actual value of an indicator for a period (完成值), with how final it is and the text it came from. */
@Entity
@Table(name = "measurements")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measurements_seq")
    @SequenceGenerator(name = "measurements_seq", sequenceName = "measurements_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    public Indicator indicator;

    @Column(name = "amount", nullable = false, precision = 38, scale = 10)
    public BigDecimal amount;

    @Column(name = "unit_symbol", nullable = false, length = 30)
    public String unit;

    /** How the source qualified the value: GTE for "510亿元以上", GT for "超60家". */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Comparator qualifier;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(name = "period_label", length = 50)
    public String periodLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public MeasurementStatus status;

    @Column(name = "source_text", length = 2000)
    public String sourceText;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;
}
