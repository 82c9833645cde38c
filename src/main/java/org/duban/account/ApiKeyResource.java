package org.duban.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.duban.common.PageRequest;
import org.duban.common.Responses;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of API keys: /api/v1/api-keys, for admins. */
@Path("/api/v1")
@Tag(name = "API keys", description = "Keys other systems send as `Authorization: Bearer dbn_…` (admins only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiKeyResource {

    private final ApiKeyService service;
    private final Responses responses;

    public ApiKeyResource(ApiKeyService service, Responses responses) {
        this.service = service;
        this.responses = responses;
    }

    @GET
    @Path("/api-keys")
    @Operation(summary = "List API keys, newest first", description = "Revoked keys stay listed with `revokedAt`.")
    @APIResponse(responseCode = "200", description = "A page of API keys (never the keys themselves)",
            content = @Content(schema = @Schema(ref = "ApiKeyPage")))
    public Response listApiKeys(
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") Integer size,
            @Context Request request, @Context UriInfo uri) {
        return responses.page(request, uri, service.list(PageRequest.of(page, size)));
    }

    @GET
    @Path("/api-keys/{id}")
    @Operation(summary = "Get an API key")
    @APIResponse(responseCode = "200", description = "The API key (never the key itself)",
            content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    public Response getApiKey(@PathParam("id") long id, @Context Request request) {
        return responses.ok(request, service.get(id));
    }

    @POST
    @Path("/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an API key", description = "The answer holds the key; it is shown this once.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(schema = @Schema(implementation = ApiKeyCreatedResponse.class)))
    public Response createApiKey(@NotNull @Valid ApiKeyRequest body, @Context UriInfo uri) {
        ApiKeyCreatedResponse created = service.create(body);
        // The answer holds the key, which no read shows again: it is not the key's representation, so no ETag.
        return Response.fromResponse(responses.created(uri, "api/v1/api-keys", created.id(), created))
                .tag((jakarta.ws.rs.core.EntityTag) null).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("/api-keys/{id}")
    @Operation(summary = "Revoke an API key", description = "At once: the next request with it is answered 401.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeApiKey(@PathParam("id") long id) {
        service.revoke(id);
    }
}
