package org.duban.task;

/** Where a task stands, as its units report it. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED,
    /** Behind its schedule (滞后). */
    DELAYED,
    /** Dropped or replaced; kept for the record. */
    CANCELLED
}
