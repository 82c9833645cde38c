package org.duban.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST and PUT /plans. */
@Schema(name = "PlanRequest", description = "A plan to create or replace")
public record PlanRequest(
        @NotBlank @Size(max = 300)
        @Schema(description = "Title as published", examples = "2023年市政府工作报告完成情况表") String title,
        @NotNull @Min(1949) @Max(2100) @Schema(description = "Year the plan covers", examples = "2023") Integer year,
        @NotBlank @Size(max = 100) @Schema(description = "Region, a plain name", examples = "舟山市") String region,
        @NotNull @Schema(description = "PUBLIC (主动公开) or INTERNAL", examples = "PUBLIC") Disclosure disclosure,
        @Size(max = 200)
        @Schema(description = "Name or alias of the issuing unit, an existing unit of the region", examples = "市经济和信息化局")
        String issuer,
        @Schema(description = "Publication date", examples = "2024-01-19") LocalDate publishedOn,
        @Size(max = 100) @Schema(description = "Document number", examples = "001008009005003/2024-00292")
        String documentNumber,
        @Size(max = 1_000_000) @Schema(description = "Source document text, for reference") String sourceText) {
}
