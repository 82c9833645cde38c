package org.duban.access;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.duban.common.ResourceNotFoundException;
import org.duban.indicator.IndicatorRepository;
import org.duban.security.ScopedWrite;
import org.duban.task.Task;
import org.duban.task.TaskAccess;
import org.duban.task.TaskRepository;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces {@link ScopedWrite} before the body is read: the targeted task must exist (else 404) and be writable by the
 * caller (else 403). Only reporters are checked here: editors and admins write every task, and other callers are
 * refused by the role check of the method itself. It lives above the task and indicator features because
 * it resolves both kinds of ids.
 */
public class ScopedWriteFilter {

    private final TaskAccess access;
    private final TaskRepository tasks;
    private final IndicatorRepository indicators;

    public ScopedWriteFilter(TaskAccess access, TaskRepository tasks, IndicatorRepository indicators) {
        this.access = access;
        this.tasks = tasks;
        this.indicators = indicators;
    }

    @ServerRequestFilter
    public void checkScope(ResourceInfo resource, UriInfo uri) {
        ScopedWrite scope = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(ScopedWrite.class);
        if (scope == null || !access.limitedToOwnUnits()) {
            return;
        }
        String raw = uri.getPathParameters().getFirst(scope.param());
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return; // not an id: the resource answers it (404) as for anyone
        }
        Task task;
        String kind;
        if (scope.via() == ScopedWrite.Via.INDICATOR) {
            kind = "indicator";
            task = indicators.findByIdOptional(id).map(i -> i.task)
                    .orElseThrow(() -> new ResourceNotFoundException(kind, id));
        } else {
            kind = "task";
            task = tasks.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException(kind, id));
        }
        access.requireWritable(task, kind, id);
    }
}
