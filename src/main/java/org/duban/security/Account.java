package org.duban.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.duban.common.VersionedEntity;

/** A person who signs in with HTTP Basic: a username, a bcrypt hash of the password, roles and, for reporters, units. */
@Entity
@Table(name = "accounts")
public class Account extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accounts_seq")
    @SequenceGenerator(name = "accounts_seq", sequenceName = "accounts_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 64)
    public String username;

    /** bcrypt (Modular Crypt Format); never leaves this class's package except to be verified. */
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(nullable = false)
    public boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_roles", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    public Set<String> roles = new TreeSet<>();

    /** Units a reporter answers for (ids of units; a binding to a unit covers its divisions). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_units", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "unit_id", nullable = false)
    public Set<Long> unitIds = new TreeSet<>();
}
