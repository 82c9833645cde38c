package org.duban.changes;

import java.util.Optional;

/**
 * What a change-feed entry says happened. Creates, updates and deletes name their resource; an import is one entry;
 * {@link #LIGHT_CHANGED} and {@link #VERDICT_CHANGED} are derived facts, recorded whatever caused them (a write, or a due
 * date passing).
 */
public enum ChangeType {
    PLAN_CREATED, PLAN_UPDATED, PLAN_DELETED,
    TASK_CREATED, TASK_UPDATED, TASK_DELETED,
    INDICATOR_CREATED, INDICATOR_UPDATED, INDICATOR_DELETED,
    MEASUREMENT_CREATED, MEASUREMENT_UPDATED, MEASUREMENT_DELETED,
    PROGRESS_REPORT_CREATED, PROGRESS_REPORT_UPDATED, PROGRESS_REPORT_DELETED,
    /** A completion table imported into a plan: one entry for the whole document (entity IMPORT). */
    PLAN_IMPORTED,
    /** A task's computed light as of today changed: before and after are {@code {light, lightReason, asOf}}. */
    LIGHT_CHANGED,
    /** An indicator's effective verdict changed: before and after are {@code {verdict}}. */
    VERDICT_CHANGED;

    /**
     * The type of an audited action on a resource ({@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code IMPORT}), or
     * empty for resources the feed leaves out (units, accounts, API keys, webhooks: not plan data).
     */
    public static Optional<ChangeType> ofAudited(String entity, String action) {
        if ("IMPORT".equals(action) && "IMPORT".equals(entity)) {
            return Optional.of(PLAN_IMPORTED);
        }
        String suffix = switch (action) {
            case "CREATE" -> "_CREATED";
            case "UPDATE" -> "_UPDATED";
            case "DELETE" -> "_DELETED";
            default -> null;
        };
        if (suffix == null) {
            return Optional.empty();
        }
        try {
            ChangeType type = valueOf(entity + suffix);
            return type == PLAN_IMPORTED ? Optional.empty() : Optional.of(type);
        } catch (IllegalArgumentException notInTheFeed) {
            return Optional.empty();
        }
    }
}
