package org.duban.webhooks;

import java.time.Instant;
import java.util.List;
import org.duban.common.PageSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery of one change to one webhook, with its attempts. */
@Schema(name = "WebhookDelivery", description = "One change sent to a webhook, and every attempt to send it")
public record DeliveryResponse(
        @Schema(description = "Identifier (for redelivery)", examples = "7") long id,
        @Schema(description = "The X-Duban-Delivery header: the same on every attempt of this delivery",
                examples = "5f0c2a7e-8d1b-4a55-9d4e-1c2b3a4d5e6f") String deliveryId,
        @Schema(description = "Cursor of the change delivered", examples = "1523") String cursor,
        @Schema(description = "The change type (X-Duban-Event)", examples = "LIGHT_CHANGED") String event,
        @Schema(description = "PENDING (to be attempted, see nextAttemptAt), DELIVERED (a 2xx came) or FAILED (retries"
                + " ran out)", examples = "DELIVERED") String state,
        @Schema(description = "When the change was taken for delivery (UTC)", examples = "2024-01-19T01:17:00Z")
        Instant createdAt,
        @Schema(description = "When the next attempt is due, while PENDING", examples = "2024-01-19T01:17:30Z")
        Instant nextAttemptAt,
        @Schema(description = "When it was delivered or given up", examples = "2024-01-19T01:17:01Z")
        Instant finishedAt,
        @Schema(description = "Attempts, oldest first") List<Attempt> attempts) {

    /** One attempt. */
    @Schema(name = "WebhookAttempt", description = "One attempt to deliver")
    public record Attempt(
            @Schema(description = "When it was made (UTC)", examples = "2024-01-19T01:17:00Z") Instant at,
            @Schema(description = "The receiver's status code; null when none came (timeout, refused, unreachable)",
                    examples = "500") Integer statusCode,
            @Schema(description = "Time to the answer or the failure, in milliseconds", examples = "142")
            long latencyMillis,
            @Schema(description = "What went wrong; null when delivered", examples = "the receiver answered 500")
            String error) {
    }

    /** The OpenAPI shape of a page. */
    @Schema(name = "DeliveryPage", description = "A page of a webhook's deliveries")
    public static final class Page extends PageSchema<DeliveryResponse> {
    }
}
