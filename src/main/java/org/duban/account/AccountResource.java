package org.duban.account;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.duban.common.MergePatch;
import org.duban.common.PageParams;
import org.duban.common.ParameterDocs;
import org.duban.common.PageResponse;
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

/** HTTP face of accounts: /api/v1/accounts, for admins. */
@Path("/")
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
    @Operation(summary = "账号列表", description = "List accounts. "
            + "Sorted by username.")
    @APIResponseSchema(value = AccountResponse.Page.class, responseCode = "200",
            responseDescription = "A page of accounts")
    public RestResponse<PageResponse<AccountResponse>> listAccounts(
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return responses.page(uri, service.list(paging.request()));
    }

    @GET
    @Path("/accounts/{id}")
    @Operation(summary = "账号详情", description = "Get an account.")
    @APIResponse(responseCode = "200", description = "The account")
    public RestResponse<AccountResponse> getAccount(@PathParam("id") long id) {
        return responses.ok(service.get(id));
    }

    @POST
    @Path("/accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建账号", description = "Create an account.")
    @APIResponseSchema(value = AccountResponse.class, responseCode = "201",
            responseDescription = "Created (without the password)")
    @APIResponse(responseCode = "409", description = "The username is taken")
    public RestResponse<AccountResponse> createAccount(@NotNull @Valid AccountRequest body, @Context UriInfo uri) {
        AccountResponse created = service.create(body);
        return responses.created(uri, "accounts", created.id(), created);
    }

    @PATCH
    @Path("/accounts/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "修改账号（密码、角色、单位、启用）", description = "Change an account's password, roles, units or enabled flag. "
            + "Absent fields stay as they are. `enabled: false` disables the account at once.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = AccountUpdate.class), example = "{\"enabled\": false}"))
    @APIResponse(responseCode = "200", description = "The updated account")
    @APIResponse(responseCode = "409", description = "The change would leave no enabled admin")
    public RestResponse<AccountResponse> updateAccount(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AccountUpdate body) {
        return responses.updated(service.update(id, ifMatch, body));
    }

    @DELETE
    @Path("/accounts/{id}")
    @Operation(summary = "删除账号", description = "Delete an account.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "It is the last enabled admin")
    public void deleteAccount(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
