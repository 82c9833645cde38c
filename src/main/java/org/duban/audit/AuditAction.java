package org.duban.audit;

/** What was done to the audited resource. */
public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** A committed import: one entry for the whole document, with its SHA-256. */
    IMPORT,
    /** An API key revoked. */
    REVOKE
}
