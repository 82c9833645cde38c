package org.duban.task;

/**
 * One assignment of a task as roll-ups and exports read it: selected columns only, one row per division named with the
 * assignment ({@code divisionId} and {@code divisionName} null when none).
 */
public record AssignmentRow(Long taskId, Long assignmentId, Long unitId, String unitName, AssignmentRole role,
                            Integer position, Long divisionId, String divisionName) {
}
