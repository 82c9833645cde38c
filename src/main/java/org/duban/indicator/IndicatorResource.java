package org.duban.indicator;

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
import org.duban.assessment.Verdict;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of indicators: /api/v1/tasks/{id}/indicators and /api/v1/indicators/{id}. */
@Path("/")
@Tag(name = "Indicators", description = "Quantitative and milestone commitments of tasks, with their targets")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService service;
    private final IndicatorQueries queries;
    private final Responses responses;
    private final Patches patches;
    private final RepresentationCache cache;

    public IndicatorResource(IndicatorService service, IndicatorQueries queries, Responses responses, Patches patches,
            RepresentationCache cache) {
        this.service = service;
        this.queries = queries;
        this.responses = responses;
        this.patches = patches;
        this.cache = cache;
    }

    @PermitAll
    @GET
    @Path("/tasks/{taskId}/indicators")
    @Operation(summary = "任务指标列表", description = "List a task's indicators.")
    @APIResponseSchema(value = IndicatorResponse.Page.class, responseCode = "200",
            responseDescription = "A page of indicators, each with its latest measurement and "
            + "assessment")
    public Response listIndicators(@PathParam("taskId") long taskId,
            @Parameter(description = "Only indicators whose effectiveVerdict is this one",
                    schema = @Schema(implementation = Verdict.class)) @QueryParam("verdict") String verdict,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return cache.ok(uri, () -> queries.listForTask(taskId,
                QueryParams.enumValue(Verdict.class, "verdict", verdict), paging.request()));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/tasks/{taskId}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建任务指标", description = "Add an indicator to a task.")
    @APIResponseSchema(value = IndicatorResponse.class, responseCode = "201", responseDescription = "Created")
    public RestResponse<IndicatorResponse> createIndicator(@PathParam("taskId") long taskId,
            @NotNull @Valid IndicatorRequest body,
            @Context UriInfo uri) {
        IndicatorResponse created = service.create(taskId, body);
        return responses.created(uri, "indicators", created.id(), created);
    }

    @PermitAll
    @GET
    @Path("/indicators/{id}")
    @Operation(summary = "指标详情", description = "Get an indicator.")
    @APIResponseSchema(value = IndicatorResponse.class, responseCode = "200", responseDescription = "The indicator")
    public Response getIndicator(@PathParam("id") long id, @Context UriInfo uri) {
        return cache.ok(uri, () -> queries.get(id));
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/indicators/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改指标（整体替换）", description = "Replace an indicator.")
    @APIResponse(responseCode = "200", description = "The updated indicator")
    public RestResponse<IndicatorResponse> updateIndicator(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid IndicatorRequest body) {
        return responses.updated(service.update(id, ifMatch, body));
    }

    @RolesAllowed(Roles.EDITOR)
    @PATCH
    @Path("/indicators/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "修改指标（部分字段）", description = "Change some fields of an indicator (JSON merge patch).")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = IndicatorRequest.class), example = "{\"commitment\": \"STRETCH\"}"))
    @APIResponse(responseCode = "200", description = "The updated indicator")
    public RestResponse<IndicatorResponse> patchIndicator(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        PatchBase<IndicatorRequest> base = service.currentRequest(id);
        IndicatorRequest merged = patches.apply(base.request(), patch, IndicatorRequest.class);
        return responses.updated(service.update(id, base.ifMatch(ifMatch), merged));
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/indicators/{id}/manual-verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "人工评定指标", description = "Record a person's verdict for an indicator. "
            + "Only for indicators whose computed verdict is NOT_ASSESSABLE (MILESTONE, RANK, no target); "
                    + "elsewhere the numbers decide and the answer is 409. The computed assessment stays as it is; the "
                    + "person's verdict is shown as `manualVerdict` and counts as `effectiveVerdict`. Who recorded it "
                    + "is the signed-in editor (`setBy` is ignored).")
    @APIResponse(responseCode = "200", description = "The indicator with its manual verdict")
    @APIResponse(responseCode = "409", description = "The rules judge this indicator; a manual verdict is not allowed")
    public RestResponse<IndicatorResponse> setManualVerdict(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ManualVerdictRequest body, @Context SecurityContext security) {
        return responses.updated(service.setManualVerdict(id, ifMatch, body, Actors.name(security, body.setBy())));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/indicators/{id}/manual-verdict")
    @Operation(summary = "取消人工评定", description = "Remove a person's verdict for an indicator. "
            + "Idempotent: answers 204 whether or not a verdict was recorded.")
    @APIResponse(responseCode = "204", description = "Removed; the computed verdict counts again")
    public void clearManualVerdict(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.clearManualVerdict(id, ifMatch);
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/indicators/{id}")
    @Operation(summary = "删除指标", description = "Delete an indicator with its measurements.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteIndicator(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
