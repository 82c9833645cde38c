package org.duban.audit;

import jakarta.validation.Valid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.duban.common.PageParams;
import org.duban.common.PageResponse;
import org.duban.common.QueryParams;
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

/** HTTP face of the audit trail: /api/v1/audit, for admins. */
@Path("/")
@Tag(name = "Audit", description = "Who changed what, when, with the values before and after")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService service;
    private final Responses responses;

    public AuditResource(AuditService service, Responses responses) {
        this.service = service;
        this.responses = responses;
    }

    @GET
    @Path("/audit")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "审计日志", description = "List audit entries, newest first. "
            + "Admins only. Filters combine with AND.")
    @APIResponseSchema(value = AuditEntryResponse.Page.class, responseCode = "200",
            responseDescription = "A page of audit entries")
    public RestResponse<PageResponse<AuditEntryResponse>> listAuditEntries(
            @Parameter(description = "Only entries after this instant", example = "2024-01-19T01:17:00Z")
            @QueryParam("since") String since,
            @Parameter(description = "Only entries by this actor, exactly as recorded", example = "zhang.wei")
            @QueryParam("actor") String actor,
            @Parameter(description = "Only entries about this kind of resource",
                    schema = @Schema(implementation = AuditEntityType.class)) @QueryParam("entity") String entity,
            @Parameter(description = "Only entries about the resource with this id", example = "3")
            @QueryParam("entityId") Long entityId,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        var query = new AuditService.AuditQuery(QueryParams.instant("since", since), actor,
                QueryParams.enumValue(AuditEntityType.class, "entity", entity), entityId);
        return responses.page(uri, service.list(query, paging.request()));
    }
}
