package org.duban.webhooks;

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

/** HTTP face of webhooks: /api/v1/webhooks, for admins. */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Changes POSTed to other systems as they happen, signed (admins only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    private final WebhookService service;
    private final Responses responses;

    public WebhookResource(WebhookService service, Responses responses) {
        this.service = service;
        this.responses = responses;
    }

    @GET
    @Operation(summary = "List webhooks", description = "Secrets are never shown.")
    @APIResponse(responseCode = "200", description = "A page of webhooks")
    public Response listWebhooks(
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") Integer size,
            @Context Request request, @Context UriInfo uri) {
        return responses.page(request, uri, service.list(PageRequest.of(page, size)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook")
    @APIResponse(responseCode = "200", description = "The webhook (never its secret)",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    public Response getWebhook(@PathParam("id") long id, @Context Request request) {
        return responses.ok(request, service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a webhook", description = "Every change of the given types committed from now on is"
            + " POSTed to the URL as JSON (the change feed's item), with `X-Duban-Event`, `X-Duban-Delivery` and"
            + " `X-Duban-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>`; at least once, in order,"
            + " retried with exponential backoff for 24 hours until the receiver answers 2xx. URLs that resolve to"
            + " private or loopback addresses are refused.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid: an unknown event type, a secret shorter than"
            + " 16 characters, a URL that is not http(s), does not resolve or resolves to a non-public address")
    public Response createWebhook(@NotNull @Valid WebhookRequest body, @Context UriInfo uri) {
        WebhookResponse created = service.create(body);
        return responses.created(uri, "api/v1/webhooks", created.id(), created);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook", description = "Nothing more is sent to it; its deliveries are deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWebhook(@PathParam("id") long id) {
        service.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "List a webhook's deliveries, newest first", description = "Each with its attempts: status"
            + " code, latency and error.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public Response listWebhookDeliveries(@PathParam("id") long id,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") Integer size,
            @Context Request request, @Context UriInfo uri) {
        return responses.page(request, uri, service.deliveries(id, PageRequest.of(page, size)));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery's change again", description = "As a new delivery (new `X-Duban-Delivery`,"
            + " same body), attempted at once and retried like any other.")
    @APIResponse(responseCode = "202", description = "The new delivery, pending",
            content = @Content(schema = @Schema(implementation = DeliveryResponse.class)))
    public Response redeliverWebhookDelivery(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(service.redeliver(id, deliveryId)).build();
    }
}
