package org.duban.plan;

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
import jakarta.ws.rs.core.UriInfo;
import org.duban.caching.RepresentationCache;
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

/** HTTP face of plans: /api/v1/plans. */
@Path("/")
@Tag(name = "Plans", description = "Work reports and task lists (工作报告 / 任务清单)")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanService service;
    private final Responses responses;
    private final Patches patches;
    private final RepresentationCache cache;

    public PlanResource(PlanService service, Responses responses, Patches patches, RepresentationCache cache) {
        this.service = service;
        this.responses = responses;
        this.patches = patches;
        this.cache = cache;
    }

    @PermitAll
    @GET
    @Path("/plans")
    @Operation(summary = "计划列表", description = "List plans. "
            + "Newest year first unless `sort` says otherwise.")
    @APIResponseSchema(value = PlanResponse.Page.class, responseCode = "200", responseDescription = "A page of plans")
    public Response listPlans(
            @Parameter(description = ParameterDocs.REGION, example = ParameterDocs.REGION_EXAMPLE) @QueryParam("region") String region,
            @Parameter(description = "Year", example = "2023") @QueryParam("year") Integer year,
            @Parameter(description = "PUBLIC or INTERNAL", schema = @Schema(implementation = Disclosure.class))
            @QueryParam("disclosure") String disclosure,
            @Parameter(description = "Text in the title", example = "工作报告") @QueryParam("q") String q,
            @Parameter(description = "Comma-separated fields among year, title, publishedOn, updatedAt, id; '-' for descending",
                    example = "-year") @QueryParam("sort") String sort,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        var query = new PlanService.PlanQuery(region, year,
                QueryParams.enumValue(Disclosure.class, "disclosure", disclosure), q, sort);
        return cache.ok(uri, () -> service.list(query, paging.request()));
    }

    @PermitAll
    @GET
    @Path("/plans/{id}")
    @Operation(summary = "计划详情", description = "Get a plan.")
    @APIResponseSchema(value = PlanResponse.class, responseCode = "200", responseDescription = "The plan")
    public Response getPlan(@PathParam("id") long id, @Context UriInfo uri) {
        return cache.ok(uri, () -> service.get(id));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建计划", description = "Create a plan.")
    @APIResponseSchema(value = PlanResponse.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "A plan with this title, year and region exists")
    public RestResponse<PlanResponse> createPlan(@NotNull @Valid PlanRequest body, @Context UriInfo uri) {
        PlanResponse created = service.create(body);
        return responses.created(uri, "plans", created.id(), created);
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/plans/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改计划（整体替换）", description = "Replace a plan.")
    @APIResponse(responseCode = "200", description = "The updated plan")
    public RestResponse<PlanResponse> updatePlan(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlanRequest body) {
        return responses.updated(service.update(id, ifMatch, body));
    }

    @RolesAllowed(Roles.EDITOR)
    @PATCH
    @Path("/plans/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "修改计划（部分字段）", description = "Change some fields of a plan (JSON merge patch).")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = PlanRequest.class), example = "{\"disclosure\": \"INTERNAL\"}"))
    @APIResponse(responseCode = "200", description = "The updated plan")
    public RestResponse<PlanResponse> patchPlan(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        PatchBase<PlanRequest> base = service.currentRequest(id);
        PlanRequest merged = patches.apply(base.request(), patch, PlanRequest.class);
        return responses.updated(service.update(id, base.ifMatch(ifMatch), merged));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/plans/{id}")
    @Operation(summary = "删除计划", description = "Delete a plan.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The plan still has tasks")
    public void deletePlan(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
