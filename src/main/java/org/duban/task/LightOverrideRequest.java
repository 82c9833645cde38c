package org.duban.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.duban.assessment.Light;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PUT /tasks/{id}/light-override. */
@Schema(name = "LightOverrideRequest", description = "An editor's light for a task, with the reason for it")
public record LightOverrideRequest(
        @NotNull @Schema(description = "The light the editor sets", examples = "YELLOW") Light light,
        @NotBlank @Size(max = 500) @Schema(description = "Why the computed light is not the right one",
                examples = "千兆城市创建尚待国家部委验收，暂亮黄灯") String reason,
        @Size(max = 100) @Schema(description = "Ignored, kept for older clients: every write is signed in, and the "
                + "caller's own name is the one kept", examples = "市督考办") String setBy) {
}
