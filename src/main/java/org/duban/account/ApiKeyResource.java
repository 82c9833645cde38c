package org.duban.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/** HTTP face of API keys: /api/v1/api-keys, for admins. */
@Path("/")
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
    @Operation(summary = "API 密钥列表", description = "List API keys, newest first. "
            + "Revoked keys stay listed with `revokedAt`.")
    @APIResponseSchema(value = ApiKeyResponse.Page.class, responseCode = "200",
            responseDescription = "A page of API keys (never the keys themselves)")
    public RestResponse<PageResponse<ApiKeyResponse>> listApiKeys(
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return responses.page(uri, service.list(paging.request()));
    }

    @GET
    @Path("/api-keys/{id}")
    @Operation(summary = "API 密钥详情", description = "Get an API key.")
    @APIResponse(responseCode = "200", description = "The API key (never the key itself)")
    public RestResponse<ApiKeyResponse> getApiKey(@PathParam("id") long id) {
        return responses.ok(service.get(id));
    }

    @POST
    @Path("/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "创建 API 密钥", description = "Issue an API key. "
            + "The answer holds the key; it is shown this once.")
    @APIResponseSchema(value = ApiKeyCreatedResponse.class, responseCode = "201", responseDescription = "Issued")
    public RestResponse<ApiKeyCreatedResponse> createApiKey(@NotNull @Valid ApiKeyRequest body, @Context UriInfo uri) {
        ApiKeyCreatedResponse created = service.create(body);
        // The answer holds the key, which no read shows again: it is not the key's representation, so no ETag.
        return responses.createdWithoutTag(uri, "api-keys", created.id(), created).header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("/api-keys/{id}")
    @Operation(summary = "吊销 API 密钥", description = "Revoke an API key. "
            + "At once: the next request with it is answered 401.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeApiKey(@PathParam("id") long id) {
        service.revoke(id);
    }
}
