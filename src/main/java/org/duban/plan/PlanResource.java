package org.duban.plan;

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
import jakarta.ws.rs.core.UriInfo;
import org.duban.caching.RepresentationCache;
import org.duban.common.MergePatch;
import org.duban.common.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of plans: /api/v1/plans. */
@Path("/api/v1")
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
    @Operation(summary = "List plans", description = "Newest year first unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of plans",
            content = @Content(schema = @Schema(ref = "PlanPage")))
    public Response listPlans(
            @Parameter(description = "Region name", example = "舟山市") @QueryParam("region") String region,
            @Parameter(description = "Year", example = "2023") @QueryParam("year") Integer year,
            @Parameter(description = "PUBLIC or INTERNAL", schema = @Schema(implementation = Disclosure.class))
            @QueryParam("disclosure") String disclosure,
            @Parameter(description = "Text in the title", example = "工作报告") @QueryParam("q") String q,
            @Parameter(description = "Comma-separated fields among year, title, publishedOn, updatedAt, id; '-' for descending",
                    example = "-year") @QueryParam("sort") String sort,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") Integer size,
            @Context Request request, @Context UriInfo uri) {
        var query = new PlanService.PlanQuery(region, year,
                QueryParams.enumValue(Disclosure.class, "disclosure", disclosure), q, sort);
        return cache.ok(request, uri, () -> service.list(query, PageRequest.of(page, size)));
    }

    @PermitAll
    @GET
    @Path("/plans/{id}")
    @Operation(summary = "Get a plan")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response getPlan(@PathParam("id") long id, @Context Request request, @Context UriInfo uri) {
        return cache.ok(request, uri, () -> service.get(id));
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a plan")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "409", description = "A plan with this title, year and region exists")
    public Response createPlan(@NotNull @Valid PlanRequest body, @Context UriInfo uri) {
        PlanResponse created = service.create(body);
        return responses.created(uri, "api/v1/plans", created.id(), created);
    }

    @RolesAllowed(Roles.EDITOR)
    @PUT
    @Path("/plans/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a plan")
    @APIResponse(responseCode = "200", description = "The updated plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response updatePlan(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlanRequest body) {
        return responses.updated(service.update(id, ifMatch, body));
    }

    @RolesAllowed(Roles.EDITOR)
    @PATCH
    @Path("/plans/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a plan (JSON merge patch)")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = PlanRequest.class), example = "{\"disclosure\": \"INTERNAL\"}"))
    @APIResponse(responseCode = "200", description = "The updated plan",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response patchPlan(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        PatchBase<PlanRequest> base = service.currentRequest(id);
        PlanRequest merged = patches.apply(base.request(), patch, PlanRequest.class);
        return responses.updated(service.update(id, base.ifMatch(ifMatch), merged));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/plans/{id}")
    @Operation(summary = "Delete a plan")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The plan still has tasks")
    public void deletePlan(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
