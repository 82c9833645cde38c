package org.duban.task;

import java.util.Collection;
import java.util.Map;

/**
 * A selection of tasks, as a JPQL condition over the alias {@code t} (a {@link Task}) with its named parameters, so
 * that the features above tasks can load what belongs to exactly these tasks in one query, by a join rather than by
 * a list of ids.
 */
public record TaskScope(String condition, Map<String, Object> parameters) {

    public TaskScope {
        parameters = Map.copyOf(parameters);
    }

    public static TaskScope ids(Collection<Long> taskIds) {
        // One id (every write's refresh) by equality: a list parameter makes Hibernate translate the query anew each
        // time, as its SQL depends on the list's length.
        if (taskIds.size() == 1) {
            return new TaskScope("t.id = :scopeTaskId", Map.of("scopeTaskId", taskIds.iterator().next()));
        }
        return new TaskScope("t.id in :scopeTaskIds", Map.of("scopeTaskIds", taskIds));
    }

    public static TaskScope plan(long planId) {
        return new TaskScope("t.plan.id = :scopePlanId", Map.of("scopePlanId", planId));
    }

    /** True when the scope certainly selects nothing, so that no query needs to run. */
    public boolean isEmpty() {
        return parameters.values().stream().anyMatch(v -> v instanceof Collection<?> c && c.isEmpty());
    }
}
