package org.duban.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /webhooks. */
@Schema(name = "WebhookRequest", description = "Where to send which changes, and the secret that signs them")
public record WebhookRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "The receiver: an http or https URL at a public address",
                examples = "https://dcs.zhoushan.gov.cn/duban/hooks") String url,
        @NotEmpty @Size(max = 30) @Schema(description = "Change types to send (see the change feed's `type`)",
                examples = "[\"LIGHT_CHANGED\", \"VERDICT_CHANGED\"]") List<@NotBlank String> events,
        @NotBlank @Size(min = 16, max = 200) @Schema(description = "Shared secret (16–200 characters) the receiver checks"
                + " X-Duban-Signature with; never shown again", examples = "舟山督查-2024-webhook-secret")
        String secret,
        @Size(max = 500) @Schema(description = "What the webhook is for", examples = "省督查平台：亮灯变化推送")
        String description) {
}
