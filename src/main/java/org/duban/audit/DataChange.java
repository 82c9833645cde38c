package org.duban.audit;

/**
 * A change just recorded in the audit trail, announced (synchronously, inside the writing transaction) to whatever
 * derives state from the data, such as the stored lights of tasks.
 *
 * @param taskId the task the change belongs to, or null for changes outside tasks (plans, units, accounts, imports)
 */
public record DataChange(AuditAction action, AuditEntityType type, Long entityId, Long taskId) {
}
