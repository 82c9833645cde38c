package org.duban.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.duban.common.MergePatch;
import org.duban.common.PageRequest;
import org.duban.common.Responses;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of accounts: /api/v1/accounts, for admins. */
@Path("/api/v1")
@Tag(name = "Accounts", description = "People who sign in with HTTP Basic, their roles and units (admins only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountResource {

    private final AccountService service;
    private final Responses responses;

    public AccountResource(AccountService service, Responses responses) {
        this.service = service;
        this.responses = responses;
    }

    @GET
    @Path("/accounts")
    @Operation(summary = "List accounts", description = "Sorted by username.")
    @APIResponse(responseCode = "200", description = "A page of accounts",
            content = @Content(schema = @Schema(ref = "AccountPage")))
    public Response listAccounts(
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") Integer size,
            @Context Request request, @Context UriInfo uri) {
        return responses.page(request, uri, service.list(PageRequest.of(page, size)));
    }

    @GET
    @Path("/accounts/{id}")
    @Operation(summary = "Get an account")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public Response getAccount(@PathParam("id") long id, @Context Request request) {
        return responses.ok(request, service.get(id));
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account")
    @APIResponse(responseCode = "201", description = "Created (without the password)",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response createAccount(@NotNull @Valid AccountRequest body, @Context UriInfo uri) {
        AccountResponse created = service.create(body);
        return responses.created(uri, "api/v1/accounts", created.id(), created);
    }

    @PATCH
    @Path("/accounts/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change an account's password, roles, units or enabled flag",
            description = "Absent fields stay as they are. `enabled: false` disables the account at once.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = AccountUpdate.class), example = "{\"enabled\": false}"))
    @APIResponse(responseCode = "200", description = "The updated account",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "409", description = "The change would leave no enabled admin")
    public Response updateAccount(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AccountUpdate body) {
        return responses.updated(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/accounts/{id}")
    @Operation(summary = "Delete an account")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "It is the last enabled admin")
    public void deleteAccount(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
