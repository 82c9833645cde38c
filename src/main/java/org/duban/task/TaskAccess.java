package org.duban.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.duban.common.AccessDeniedException;
import org.duban.plan.PlanVisibility;
import org.duban.security.Caller;
import org.duban.security.Roles;

/**
 * Object-level rules on tasks and what hangs on them: who may see a task (its plan's disclosure), and who may write
 * to it: editors and admins every task, a reporter only a task where one of its units, a division of one of them,
 * or a division named with one of them is assigned.
 */
@ApplicationScoped
public class TaskAccess {

    private final Caller caller;
    private final PlanVisibility visibility;
    private final TaskRepository tasks;

    public TaskAccess(Caller caller, PlanVisibility visibility, TaskRepository tasks) {
        this.caller = caller;
        this.visibility = visibility;
        this.tasks = tasks;
    }

    /** 404 (as for a missing one) unless the caller may see {@code task}; {@code resource} and {@code id} name it. */
    public void requireVisible(Task task, String resource, Object id) {
        visibility.require(task.plan, resource, id);
    }

    /** 404 unless visible, then 403 unless the caller may write to the task. */
    public void requireWritable(Task task, String resource, Object id) {
        requireVisible(task, resource, id);
        if (caller.canEditAll()) {
            return;
        }
        if (!caller.hasRole(Roles.REPORTER) || !isBound(task.id, caller.unitIds())) {
            throw new AccessDeniedException("Task " + task.id + " is not assigned to your units");
        }
    }

    /** A task's history: editors and admins, and reporters of the task's units. */
    public void requireHistoryReadable(Task task) {
        requireWritable(task, "task", task.id);
    }

    /** Whether the caller is a reporter limited to its units' tasks (not an editor or admin). */
    public boolean limitedToOwnUnits() {
        return !caller.canEditAll() && caller.hasRole(Roles.REPORTER);
    }

    /** Whether the caller may write every task, not only those of its units. */
    public boolean writesAll() {
        return caller.canEditAll();
    }

    boolean isBound(long taskId, Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return false;
        }
        return tasks.getEntityManager().createQuery("select count(a) from TaskAssignment a left join a.divisions d"
                        + " where a.task.id = :task and (a.unit.id in :units or a.unit.parent.id in :units"
                        + " or d.id in :units)", Long.class)
                .setParameter("task", taskId).setParameter("units", unitIds).getSingleResult() > 0;
    }
}
