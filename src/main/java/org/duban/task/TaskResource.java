package org.duban.task;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.duban.assessment.Light;
import org.duban.caching.RepresentationCache;
import org.duban.common.Actors;
import org.duban.common.MergePatch;
import org.duban.common.PageRequest;
import org.duban.common.PatchBase;
import org.duban.common.Patches;
import org.duban.common.QueryParams;
import org.duban.common.Responses;
import org.duban.security.Roles;
import org.duban.security.ScopedWrite;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of tasks and their progress reports: /api/v1/tasks. */
@Path("/api/v1")
@Tag(name = "Tasks", description = "Commitments of a plan, their units and progress reports")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    private final TaskService service;
    private final TaskQueries queries;
    private final ProgressReportService progress;
    private final Responses responses;
    private final Patches patches;
    private final RepresentationCache cache;

    public TaskResource(TaskService service, TaskQueries queries, ProgressReportService progress, Responses responses,
            Patches patches, RepresentationCache cache) {
        this.service = service;
        this.queries = queries;
        this.progress = progress;
        this.responses = responses;
        this.patches = patches;
        this.cache = cache;
    }

    @PermitAll
    @GET
    @Path("/tasks")
    @Operation(summary = "List tasks", description = "Filters combine with AND. A task matches `unit` when that unit, "
            + "one of its divisions, or a division named with it is assigned. For incremental sync, pass the newest "
            + "`updatedAt` you hold as `updatedSince` with `sort=updatedAt`.")
    @APIResponse(responseCode = "200", description = "A page of tasks",
            content = @Content(schema = @Schema(ref = "TaskPage")))
    public Response listTasks(
            @Parameter(description = "Plan id", example = "1") @QueryParam("plan") Long plan,
            @Parameter(description = "Unit id", example = "1") @QueryParam("unit") Long unit,
            @Parameter(description = "Status", schema = @Schema(implementation = TaskStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Text in the content or a unit name", example = "工业投资") @QueryParam("q") String q,
            @Parameter(description = "Only tasks changed after this instant. A change of a task's light moves its "
                    + "updatedAt too: a new measurement, a verdict, and the passing of a due date (recorded just after "
                    + "midnight, Asia/Shanghai)",
                    example = "2024-01-19T01:17:00Z")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Only tasks whose effectiveLight (the editor's override, else the computed light) "
                    + "is this one, as of asOf", schema = @Schema(implementation = Light.class))
            @QueryParam("light") String light,
            @Parameter(description = "The date lights are computed for (a task with no data after its due date is "
                    + "YELLOW); today in Asia/Shanghai when absent", example = "2023-12-31") @QueryParam("asOf") String asOf,
            @Parameter(description = "Comma-separated fields among ordinal, dueDate, updatedAt, id; '-' for descending",
                    example = "ordinal") @QueryParam("sort") String sort,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") Integer size,
            @Context Request request, @Context UriInfo uri) {
        var query = new TaskQueries.TaskQuery(plan, unit, QueryParams.enumValue(TaskStatus.class, "status", status), q,
                QueryParams.instant("updatedSince", updatedSince), QueryParams.enumValue(Light.class, "light", light),
                sort, QueryParams.asOf(asOf));
        return cache.ok(request, uri, () -> queries.list(query, PageRequest.of(page, size)));
    }

    @PermitAll
    @GET
    @Path("/tasks/{id}")
    @Operation(summary = "Get a task")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public Response getTask(@PathParam("id") long id,
            @Parameter(description = "The date the light is computed for; today in Asia/Shanghai when absent",
                    example = "2023-12-31") @QueryParam("asOf") String asOf,
            @Context Request request, @Context UriInfo uri) {
        return cache.ok(request, uri, () -> queries.get(id, QueryParams.asOf(asOf)));
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/tasks/{id}/light-override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Override a task's light",
            description = "Sets or replaces the editor's light. It is shown as `lightOverride` beside the computed "
                    + "`light`, which stays as it is; `effectiveLight` and the `light` filter use the override. Who set "
                    + "it is the signed-in editor (`setBy` is ignored). If-Match is compared with the task "
                    + "as a GET without asOf returns it.")
    @APIResponse(responseCode = "200", description = "The task with its override",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public Response overrideTaskLight(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LightOverrideRequest body, @Context SecurityContext security) {
        return responses.updated(service.overrideLight(id, ifMatch, body, Actors.name(security, body.setBy())));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/tasks/{id}/light-override")
    @Operation(summary = "Remove the override of a task's light",
            description = "Idempotent: answers 204 whether or not an override was set.")
    @APIResponse(responseCode = "204", description = "Removed; the computed light counts again")
    public void clearTaskLightOverride(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.clearLightOverride(id, ifMatch);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a task")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "409", description = "The plan already has a task with this ordinal")
    public Response createTask(@NotNull @Valid TaskRequest body, @Context UriInfo uri) {
        TaskResponse created = service.create(body);
        return responses.created(uri, "api/v1/tasks", created.id(), created);
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/tasks/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a task")
    @APIResponse(responseCode = "409",
            description = "The task would move to another plan, or its ordinal is taken in the plan")
    @APIResponse(responseCode = "200", description = "The updated task",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public Response updateTask(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TaskRequest body) {
        return responses.updated(service.update(id, ifMatch, body));
    }

    @RolesAllowed({Roles.EDITOR, Roles.REPORTER})
    @ScopedWrite(param = "id")
    @PATCH
    @Path("/tasks/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a task (JSON merge patch)")
    @APIResponse(responseCode = "409",
            description = "The task would move to another plan, or its ordinal is taken in the plan")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = TaskRequest.class), example = "{\"status\": \"COMPLETED\"}"))
    @APIResponse(responseCode = "200", description = "The updated task",
            content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public Response patchTask(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        service.requirePatchAllowed(id, MergePatch.fieldNames(patch));
        PatchBase<TaskRequest> base = service.currentRequest(id);
        TaskRequest merged = patches.apply(base.request(), patch, TaskRequest.class);
        return responses.updated(service.update(id, base.ifMatch(ifMatch), merged));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/tasks/{id}")
    @Operation(summary = "Delete a task with its indicators, measurements and progress reports")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The task has sub-items")
    public void deleteTask(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @PermitAll
    @GET
    @Path("/tasks/{id}/progress-reports")
    @Operation(summary = "List a task's progress reports, newest first")
    @APIResponse(responseCode = "200", description = "A page of progress reports",
            content = @Content(schema = @Schema(ref = "ProgressReportPage")))
    public Response listProgressReports(@PathParam("id") long id,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") Integer size,
            @Context Request request, @Context UriInfo uri) {
        return cache.ok(request, uri, () -> progress.list(id, PageRequest.of(page, size)));
    }

    @PermitAll
    @GET
    @Path("/tasks/{id}/progress-reports/{reportId}")
    @Operation(summary = "Get a progress report")
    @APIResponse(responseCode = "200", description = "The progress report",
            content = @Content(schema = @Schema(implementation = ProgressReportResponse.class)))
    public Response getProgressReport(@PathParam("id") long id, @PathParam("reportId") long reportId,
            @Context Request request, @Context UriInfo uri) {
        return cache.ok(request, uri, () -> progress.get(id, reportId));
    }

    @RolesAllowed({Roles.EDITOR, Roles.REPORTER})
    @ScopedWrite(param = "id")
    @POST
    @Path("/tasks/{id}/progress-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a progress report to a task")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProgressReportResponse.class)))
    public Response createProgressReport(@PathParam("id") long id, @NotNull @Valid ProgressReportRequest body,
            @Context UriInfo uri) {
        ProgressReportResponse created = progress.create(id, body);
        return responses.created(uri, "api/v1/tasks/" + id + "/progress-reports", created.id(), created);
    }
}
