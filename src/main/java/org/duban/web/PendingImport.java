package org.duban.web;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.duban.importing.ImportService.ImportCommand;

/** A document previewed on the import page, waiting for its owner's commit ({@link PendingImports}). */
@Entity
@Table(name = "pending_imports")
public class PendingImport {

    @Id
    @Column(length = 40)
    public String id;

    @Column(nullable = false, length = 200)
    public String owner;

    public String region;

    @Column(name = "plan_title")
    public String planTitle;

    @Column(name = "plan_year")
    public Integer planYear;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "source_name")
    public String sourceName;

    @Column(nullable = false)
    public byte[] document;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    static PendingImport of(String id, String owner, ImportCommand command, Instant expiresAt) {
        PendingImport p = new PendingImport();
        p.id = id;
        p.owner = owner;
        p.region = command.region();
        p.planTitle = command.planTitle();
        p.planYear = command.year();
        p.mediaType = command.mediaType();
        p.sourceName = command.sourceName();
        p.document = command.document();
        p.expiresAt = expiresAt;
        return p;
    }

    /** The import to run on commit: the previewed document, for real this time. */
    ImportCommand command() {
        return new ImportCommand(region, planTitle, planYear, false, mediaType, sourceName, document);
    }
}
