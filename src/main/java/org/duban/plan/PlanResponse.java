package org.duban.plan;

import org.duban.common.PageSchema;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan as the API returns it. */
@Schema(name = "Plan", description = "A work report or task list of a region for a year")
public record PlanResponse(
        @Schema(description = "Identifier", examples = "1") long id,
        @Schema(description = "Title as published", examples = "2023年市政府工作报告完成情况表") String title,
        @Schema(description = "Year the plan covers", examples = "2023") int year,
        @Schema(description = "Region, a plain name", examples = "舟山市") String region,
        @Schema(description = "PUBLIC (主动公开) or INTERNAL", examples = "PUBLIC") Disclosure disclosure,
        @Schema(nullable = true, description = "The issuing unit, if known") IssuerResponse issuer,
        @Schema(nullable = true, description = "Publication date", examples = "2024-01-19") LocalDate publishedOn,
        @Schema(nullable = true,
                description = "Document number", examples = "001008009005003/2024-00292") String documentNumber,
        @Schema(nullable = true, description = "Source document text, for reference") String sourceText,
        @Schema(description = "Optimistic-locking version", examples = "0") int version,
        @Schema(description = "When it was created (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt,
        @Schema(description = "When it last changed (UTC)", examples = "2024-01-19T01:17:00Z") Instant updatedAt) {

    /** The OpenAPI shape of a page of plans. */
    @Schema(name = "PlanPage", description = "A page of plans")
    public static final class Page extends PageSchema<PlanResponse> {
    }
    /** The unit that issued a plan. */
    @Schema(name = "PlanIssuer", description = "The unit that issued the plan")
    public record IssuerResponse(
            @Schema(description = "Unit id", examples = "1") long unitId,
            @Schema(description = "Unit name", examples = "市经信局") String name) {
    }

    static PlanResponse of(Plan plan) {
        IssuerResponse issuer = plan.issuer == null ? null : new IssuerResponse(plan.issuer.id, plan.issuer.name);
        return new PlanResponse(plan.id, plan.title, plan.planYear, plan.region, plan.disclosure, issuer, plan.publishedOn,
                plan.documentNumber, plan.sourceText, plan.version, plan.createdAt, plan.updatedAt);
    }

    PlanRequest toRequest() {
        return new PlanRequest(title, year, region, disclosure, issuer == null ? null : issuer.name(), publishedOn,
                documentNumber, sourceText);
    }
}
