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
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A key another system sends as {@code Authorization: Bearer dbn_…}; only its SHA-256 is stored. */
@Entity
@Table(name = "api_keys")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_keys_seq")
    @SequenceGenerator(name = "api_keys_seq", sequenceName = "api_keys_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 20)
    public String role;

    /** The first characters of the key, shown so that people can tell keys apart; not enough to use it. */
    @Column(name = "key_prefix", nullable = false, length = 16)
    public String prefix;

    /** Hex SHA-256 of the whole key. */
    @Column(name = "key_hash", nullable = false, length = 64)
    public String hash;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_units", joinColumns = @JoinColumn(name = "api_key_id"))
    @Column(name = "unit_id", nullable = false)
    public Set<Long> unitIds = new TreeSet<>();
}
