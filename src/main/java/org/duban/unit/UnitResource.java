package org.duban.unit;

import com.fasterxml.jackson.databind.JsonNode;
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

/** HTTP face of units: /api/v1/units. */
@Path("/")
@Tag(name = "Units", description = "Bureaus, governments, zone committees, divisions and collectives of a region")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final UnitService service;
    private final Responses responses;
    private final Patches patches;
    private final RepresentationCache cache;

    public UnitResource(UnitService service, Responses responses, Patches patches, RepresentationCache cache) {
        this.service = service;
        this.responses = responses;
        this.patches = patches;
        this.cache = cache;
    }

    @RolesAllowed(Roles.VIEWER)
    @GET
    @Path("/units")
    @Operation(summary = "单位列表", description = "List units. "
            + "Filters combine with AND. `q` searches names and aliases.")
    @APIResponseSchema(value = UnitResponse.Page.class, responseCode = "200", responseDescription = "A page of units")
    public Response listUnits(
            @Parameter(description = ParameterDocs.REGION, example = ParameterDocs.REGION_EXAMPLE) @QueryParam("region") String region,
            @Parameter(description = "Text in the name or an alias", example = "经信") @QueryParam("q") String q,
            @Parameter(description = "Kind of unit", schema = @Schema(implementation = UnitKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only divisions of this unit", example = "1") @QueryParam("parent") Long parent,
            @Parameter(description = "Comma-separated fields among name, region, kind, id; '-' for descending",
                    example = "name") @QueryParam("sort") String sort,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        var query = new UnitService.UnitQuery(region, q, QueryParams.enumValue(UnitKind.class, "kind", kind), parent, sort);
        return cache.ok(uri, () -> service.list(query, paging.request()));
    }

    @RolesAllowed(Roles.VIEWER)
    @GET
    @Path("/units/{id}")
    @Operation(summary = "单位详情", description = "Get a unit.")
    @APIResponseSchema(value = UnitResponse.class, responseCode = "200", responseDescription = "The unit")
    public Response getUnit(@PathParam("id") long id, @Context UriInfo uri) {
        return cache.ok(uri, () -> service.get(id));
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建单位", description = "Create a unit.")
    @APIResponseSchema(value = UnitResponse.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "The name or an alias already names another unit of the region")
    public RestResponse<UnitResponse> createUnit(@NotNull @Valid UnitRequest body, @Context UriInfo uri) {
        UnitResponse created = service.create(body);
        return responses.created(uri, "units", created.id(), created);
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/units/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改单位（整体替换）", description = "Replace a unit.")
    @APIResponse(responseCode = "409",
            description = "The unit would move to another region, or its name or an alias is taken there")
    @APIResponse(responseCode = "200", description = "The updated unit")
    public RestResponse<UnitResponse> updateUnit(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid UnitRequest body) {
        return responses.updated(service.update(id, ifMatch, body));
    }

    @RolesAllowed(Roles.ADMIN)
    @PATCH
    @Path("/units/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "修改单位（部分字段）", description = "Change some fields of a unit (JSON merge patch).")
    @APIResponse(responseCode = "409",
            description = "The unit would move to another region, or its name or an alias is taken there")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = UnitRequest.class), example = "{\"aliases\": [\"经信局\", \"市经济和信息化局\"]}"))
    @APIResponse(responseCode = "200", description = "The updated unit")
    public RestResponse<UnitResponse> patchUnit(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch, JsonNode patch) {
        PatchBase<UnitRequest> base = service.currentRequest(id);
        UnitRequest merged = patches.apply(base.request(), patch, UnitRequest.class);
        return responses.updated(service.update(id, base.ifMatch(ifMatch), merged));
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("/units/{id}")
    @Operation(summary = "删除单位", description = "Delete a unit.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The unit has divisions, is assigned to tasks or issues a plan")
    public void deleteUnit(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
