package org.duban.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.duban.common.PageParams;
import org.duban.common.PageResponse;
import org.duban.common.Responses;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of webhooks: /api/v1/webhooks, for admins. */
@Path("/webhooks")
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
    @Operation(summary = "Webhook 列表", description = "List webhooks. Secrets are never shown.")
    @APIResponseSchema(value = WebhookResponse.Page.class, responseCode = "200",
            responseDescription = "A page of webhooks")
    public RestResponse<PageResponse<WebhookResponse>> listWebhooks(@Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return responses.page(uri, service.list(paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Webhook 详情", description = "Get a webhook (never its secret).")
    @APIResponse(responseCode = "200", description = "The webhook (never its secret)")
    public RestResponse<WebhookResponse> getWebhook(@PathParam("id") long id) {
        return responses.ok(service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新建 Webhook", description = "Create a webhook. Every change of the given types committed from now on is"
            + " POSTed to the URL as JSON (the change feed's item), with `X-Duban-Event`, `X-Duban-Delivery` and"
            + " `X-Duban-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>`; at least once, in order,"
            + " retried with exponential backoff for 24 hours until the receiver answers 2xx. URLs that resolve to"
            + " private or loopback addresses are refused.")
    @APIResponseSchema(value = WebhookResponse.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "400", description = "A field is invalid: an unknown event type, a secret shorter than"
            + " 16 characters, a URL that is not http(s), does not resolve or resolves to a non-public address")
    public RestResponse<WebhookResponse> createWebhook(@NotNull @Valid WebhookRequest body, @Context UriInfo uri) {
        WebhookResponse created = service.create(body);
        return responses.created(uri, "webhooks", created.id(), created);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "删除 Webhook", description = "Delete a webhook. Nothing more is sent to it; its deliveries are deleted.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteWebhook(@PathParam("id") long id) {
        service.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "Webhook 推送记录", description = "List a webhook's deliveries, newest first, each with its"
            + " attempts: status code, latency and error.")
    @APIResponseSchema(value = DeliveryResponse.Page.class, responseCode = "200",
            responseDescription = "A page of deliveries")
    public RestResponse<PageResponse<DeliveryResponse>> listWebhookDeliveries(@PathParam("id") long id,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return responses.page(uri, service.deliveries(id, paging.request()));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "重新推送", description = "Send a delivery's change again, as a new delivery (new `X-Duban-Delivery`,"
            + " same body), attempted at once and retried like any other.")
    @APIResponseSchema(value = DeliveryResponse.class, responseCode = "202",
            responseDescription = "The new delivery, pending")
    public RestResponse<DeliveryResponse> redeliverWebhookDelivery(@PathParam("id") long id,
            @PathParam("deliveryId") long deliveryId) {
        return RestResponse.accepted(service.redeliver(id, deliveryId));
    }
}
