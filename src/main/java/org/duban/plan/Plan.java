package org.duban.plan;

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
import java.time.LocalDate;
import org.duban.common.VersionedEntity;
import org.duban.unit.Unit;

/** A work report or task list of a region for a year: the document tasks belong to. */
@Entity
@Table(name = "plans")
public class Plan extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plans_seq")
    @SequenceGenerator(name = "plans_seq", sequenceName = "plans_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "plan_year", nullable = false)
    public int planYear;

    @Column(nullable = false, length = 100)
    public String region;

    /** The unit that published it (发布机构). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_id")
    public Unit issuer;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "document_number", length = 100)
    public String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Disclosure disclosure;

    /** The document's text as imported, kept so that people can check what the data came from. */
    @Column(name = "source_text")
    public String sourceText;
}
