package org.duban.task;

import jakarta.validation.Valid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.duban.audit.AuditService;
import org.duban.common.PageParams;
import org.duban.common.PageResponse;
import org.duban.common.Responses;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.duban.audit.AuditEntryResponse;

/** HTTP face of a task's history: /api/v1/tasks/{id}/history. */
@Path("/")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskHistoryResource {

    private final TaskService tasks;
    private final TaskAccess access;
    private final AuditService audit;
    private final Responses responses;

    public TaskHistoryResource(TaskService tasks, TaskAccess access, AuditService audit, Responses responses) {
        this.tasks = tasks;
        this.access = access;
        this.audit = audit;
        this.responses = responses;
    }

    @GET
    @Path("/tasks/{id}/history")
    @RolesAllowed({Roles.EDITOR, Roles.REPORTER})
    @Operation(summary = "任务变更历史", description = "List the changes of a task, newest first. "
            + "Every create, update and delete of the task and of its indicators, measurements and progress"
                    + " reports, with who made it and the values before and after. Editors and admins may read every"
                    + " task's history; a reporter only that of its units' tasks (403 otherwise).")
    @APIResponseSchema(value = AuditEntryResponse.Page.class, responseCode = "200",
            responseDescription = "A page of audit entries")
    @APIResponse(responseCode = "403", description = "A reporter asking for another unit's task")
    public RestResponse<PageResponse<AuditEntryResponse>> listTaskHistory(@PathParam("id") long id,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        access.requireHistoryReadable(tasks.find(id));
        return responses.page(uri, audit.history(id, paging.request()));
    }
}
