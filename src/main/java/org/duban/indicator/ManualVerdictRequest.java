package org.duban.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.duban.assessment.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of PUT /indicators/{id}/manual-verdict. */
@Schema(name = "ManualVerdictRequest", description = "A person's verdict for an indicator the rules cannot judge")
public record ManualVerdictRequest(
        @NotNull @Schema(description = "Any verdict but NO_DATA and NOT_ASSESSABLE, which are not judgements",
                examples = "MET") Verdict verdict,
        @NotBlank @Size(max = 500) @Schema(description = "Why: the evidence for the verdict",
                examples = "舟山市已获评全国千兆城市") String reason,
        @Size(max = 100) @Schema(description = "Ignored, kept for older clients: every write is signed in, and "
                + "the caller's own name is the one kept", examples = "市经信局") String setBy) {
}
