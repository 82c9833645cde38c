package org.duban.audit;

/** The kinds of resources the audit trail records changes of. */
public enum AuditEntityType {
    PLAN, TASK, UNIT, INDICATOR, MEASUREMENT, PROGRESS_REPORT, IMPORT, ACCOUNT, API_KEY, WEBHOOK
}
