package org.duban.webhooks;

import java.time.Instant;
import java.util.List;
import org.duban.common.PageSchema;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as the API shows it: never its secret. */
@Schema(name = "Webhook", description = "A subscription to changes (its secret is never shown)")
public record WebhookResponse(
        @Schema(description = "Identifier", examples = "1") long id,
        @Schema(description = "The receiver", examples = "https://dcs.zhoushan.gov.cn/duban/hooks") String url,
        @Schema(description = "Change types sent", examples = "[\"LIGHT_CHANGED\", \"VERDICT_CHANGED\"]")
        List<String> events,
        @Schema(description = "What the webhook is for", examples = "省督查平台：亮灯变化推送") String description,
        @Schema(description = "Change-feed cursor up to which changes have been taken for delivery",
                examples = "1523") String cursor,
        @Schema(description = "Who created it", examples = "admin") String createdBy,
        @Schema(description = "When it was created (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt) {

    static WebhookResponse of(Webhook w) {
        return new WebhookResponse(w.id, w.url, w.eventList(), w.description, Long.toString(w.afterChange),
                w.createdBy, w.createdAt);
    }

    /** The OpenAPI shape of a page. */
    @Schema(name = "WebhookPage", description = "A page of webhooks")
    public static final class Page extends PageSchema<WebhookResponse> {
    }
}
