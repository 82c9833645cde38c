package org.duban.task;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.duban.assessment.Light;
import org.duban.caching.RepresentationCache;
import org.duban.common.Actors;
import org.duban.common.MergePatch;
import org.duban.common.PageParams;
import org.duban.common.ParameterDocs;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of tasks and their progress reports: /api/v1/tasks. */
@Path("/")
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
    @Operation(summary = "任务列表", description = "List tasks. "
            + "Filters combine with AND. A task matches `unit` when that unit, "
            + "one of its divisions, or a division named with it is assigned. For incremental sync, pass the newest "
            + "`updatedAt` you hold as `updatedSince` with `sort=updatedAt`.")
    @APIResponseSchema(value = TaskResponse.Page.class, responseCode = "200", responseDescription = "A page of tasks")
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
            @Parameter(description = ParameterDocs.AS_OF, example = ParameterDocs.AS_OF_EXAMPLE) @QueryParam("asOf") String asOf,
            @Parameter(description = "Comma-separated fields among ordinal, dueDate, updatedAt, id; '-' for descending",
                    example = "ordinal") @QueryParam("sort") String sort,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        var query = new TaskQueries.TaskQuery(plan, unit, QueryParams.enumValue(TaskStatus.class, "status", status), q,
                QueryParams.instant("updatedSince", updatedSince), QueryParams.enumValue(Light.class, "light", light),
                sort, QueryParams.asOf(asOf));
        return cache.ok(uri, () -> queries.list(query, paging.request()));
    }

    @PermitAll
    @GET
    @Path("/tasks/{id}")
    @Operation(summary = "任务详情", description = "Get a task.")
    @APIResponseSchema(value = TaskResponse.class, responseCode = "200", responseDescription = "The task")
    public Response getTask(@PathParam("id") long id,
            @Parameter(description = "The date the light is computed for; today in Asia/Shanghai when absent",
                    example = "2023-12-31") @QueryParam("asOf") String asOf, @Context UriInfo uri) {
        return cache.ok(uri, () -> queries.get(id, QueryParams.asOf(asOf)));
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/tasks/{id}/light-override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "人工设置任务亮灯", description = "Override a task's light. "
            + "Sets or replaces the editor's light. It is shown as `lightOverride` beside the computed "
                    + "`light`, which stays as it is; `effectiveLight` and the `light` filter use the override. Who set "
                    + "it is the signed-in editor (`setBy` is ignored). If-Match is compared with the task "
                    + "as a GET without asOf returns it.")
    @APIResponse(responseCode = "200", description = "The task with its override")
    public RestResponse<TaskResponse> overrideTaskLight(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LightOverrideRequest body, @Context SecurityContext security) {
        return responses.updated(service.overrideLight(id, ifMatch, body, Actors.name(security, body.setBy())));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/tasks/{id}/light-override")
    @Operation(summary = "取消人工亮灯", description = "Remove the override of a task's light. "
            + "Idempotent: answers 204 whether or not an override was set.")
    @APIResponse(responseCode = "204", description = "Removed; the computed light counts again")
    public void clearTaskLightOverride(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.clearLightOverride(id, ifMatch);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建任务", description = "Create a task.")
    @APIResponseSchema(value = TaskResponse.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "The plan already has a task with this ordinal")
    public RestResponse<TaskResponse> createTask(@NotNull @Valid TaskRequest body, @Context UriInfo uri) {
        TaskResponse created = service.create(body);
        return responses.created(uri, "tasks", created.id(), created);
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/tasks/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改任务（整体替换）", description = "Replace a task.")
    @APIResponse(responseCode = "409",
            description = "The task would move to another plan, or its ordinal is taken in the plan")
    @APIResponse(responseCode = "200", description = "The updated task")
    public RestResponse<TaskResponse> updateTask(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TaskRequest body) {
        return responses.updated(service.update(id, ifMatch, body));
    }

    @RolesAllowed({Roles.EDITOR, Roles.REPORTER})
    @ScopedWrite(param = "id")
    @PATCH
    @Path("/tasks/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "修改任务（部分字段）", description = "Change some fields of a task (JSON merge patch).")
    @APIResponse(responseCode = "409",
            description = "The task would move to another plan, or its ordinal is taken in the plan")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = TaskRequest.class), example = "{\"status\": \"COMPLETED\"}"))
    @APIResponse(responseCode = "200", description = "The updated task")
    public RestResponse<TaskResponse> patchTask(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        service.requirePatchAllowed(id, MergePatch.fieldNames(patch));
        PatchBase<TaskRequest> base = service.currentRequest(id);
        TaskRequest merged = patches.apply(base.request(), patch, TaskRequest.class);
        return responses.updated(service.update(id, base.ifMatch(ifMatch), merged));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/tasks/{id}")
    @Operation(summary = "删除任务", description = "Delete a task with its indicators, measurements and progress reports.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The task has sub-items")
    public void deleteTask(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @PermitAll
    @GET
    @Path("/tasks/{id}/progress-reports")
    @Operation(summary = "任务进展情况列表", description = "List a task's progress reports, newest first.")
    @APIResponseSchema(value = ProgressReportResponse.Page.class, responseCode = "200",
            responseDescription = "A page of progress reports")
    public Response listProgressReports(@PathParam("id") long id,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return cache.ok(uri, () -> progress.list(id, paging.request()));
    }

    @PermitAll
    @GET
    @Path("/tasks/{id}/progress-reports/{reportId}")
    @Operation(summary = "进展情况详情", description = "Get a progress report.")
    @APIResponseSchema(value = ProgressReportResponse.class, responseCode = "200",
            responseDescription = "The progress report")
    public Response getProgressReport(@PathParam("id") long id, @PathParam("reportId") long reportId, @Context UriInfo uri) {
        return cache.ok(uri, () -> progress.get(id, reportId));
    }

    @RolesAllowed({Roles.EDITOR, Roles.REPORTER})
    @ScopedWrite(param = "id")
    @POST
    @Path("/tasks/{id}/progress-reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "填报任务进展情况", description = "Add a progress report to a task.")
    @APIResponseSchema(value = ProgressReportResponse.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<ProgressReportResponse> createProgressReport(@PathParam("id") long id,
            @NotNull @Valid ProgressReportRequest body,
            @Context UriInfo uri) {
        ProgressReportResponse created = progress.create(id, body);
        return responses.created(uri, "tasks/" + id + "/progress-reports", created.id(), created);
    }
}
