package org.duban.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.duban.audit.AuditService;
import org.duban.common.PageRequest;
import org.duban.common.Responses;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of a task's history: /api/v1/tasks/{id}/history. */
@Path("/api/v1")
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
    @Operation(summary = "List the changes of a task, newest first",
            description = "Every create, update and delete of the task and of its indicators, measurements and progress"
                    + " reports, with who made it and the values before and after. Editors and admins may read every"
                    + " task's history; a reporter only that of its units' tasks (403 otherwise).")
    @APIResponse(responseCode = "200", description = "A page of audit entries",
            content = @Content(schema = @Schema(ref = "AuditEntryPage")))
    @APIResponse(responseCode = "403", description = "A reporter asking for another unit's task")
    public Response listTaskHistory(@PathParam("id") long id,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") Integer size,
            @Context Request request, @Context UriInfo uri) {
        access.requireHistoryReadable(tasks.find(id));
        return responses.page(request, uri, audit.history(id, PageRequest.of(page, size)));
    }
}
