package org.duban.unit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Set;
import java.util.TreeSet;
import org.duban.common.VersionedEntity;

/** An organisation of a region (a bureau, a district government, a division, a collective) under its canonical name. */
@Entity
@Table(name = "units")
public class Unit extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "units_seq")
    @SequenceGenerator(name = "units_seq", sequenceName = "units_seq", allocationSize = 50)
    public Long id;

    /** A plain region name (舟山市); unit names are unique only within it. */
    @Column(nullable = false, length = 100)
    public String region;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public UnitKind kind;

    /** The unit this one is a division of, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Unit parent;

    /** Other forms of the name that find this unit: 经信局, 市经济和信息化局. */
    @ElementCollection
    @CollectionTable(name = "unit_aliases", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "alias", nullable = false, length = 200)
    public Set<String> aliases = new TreeSet<>();
}
