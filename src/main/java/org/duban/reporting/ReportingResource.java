package org.duban.reporting;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.duban.caching.RepresentationCache;
import org.duban.common.PageRequest;
import org.duban.common.QueryParams;
import org.duban.common.Responses;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of roll-ups and exports: plan summaries, unit scorecards and rankings, completion tables. */
@Path("/api/v1")
@Tag(name = "Reports", description = "Roll-ups of verdicts and lights per plan and unit, and completion-table exports")
public class ReportingResource {

    private static final String AS_OF = "The date lights are computed for (a task with no data after its due date is "
            + "YELLOW); today in Asia/Shanghai when absent";

    private final ReportingService reporting;
    private final ExportService exports;
    private final Responses responses;
    private final RepresentationCache cache;

    public ReportingResource(ReportingService reporting, ExportService exports, Responses responses,
            RepresentationCache cache) {
        this.reporting = reporting;
        this.exports = exports;
        this.responses = responses;
        this.cache = cache;
    }

    @PermitAll
    @GET
    @Path("/plans/{id}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Summarise a plan: tasks by status and light, indicators by verdict, per lead unit",
            description = "Lights and verdicts are the effective ones (an editor's override, a person's verdict where "
                    + "the rules cannot judge). Every count map has a key for every value, zeros included.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = PlanSummaryResponse.class)))
    public Response getPlanSummary(@PathParam("id") long id,
            @Parameter(description = AS_OF, example = "2023-12-31") @QueryParam("asOf") String asOf,
            @Context Request request, @Context UriInfo uri) {
        return cache.ok(request, uri, () -> reporting.summary(id, QueryParams.asOf(asOf)));
    }

    @PermitAll
    @GET
    @Path("/plans/{id}/unit-ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rank the lead units of a plan",
            description = "Units that lead or co-lead at least one task, ordered by " + ReportingService.RANKING_RULE
                    + ".")
    @APIResponse(responseCode = "200", description = "A page of ranked units",
            content = @Content(schema = @Schema(ref = "UnitRankingEntryPage")))
    public Response listUnitRanking(@PathParam("id") long id,
            @Parameter(description = AS_OF, example = "2023-12-31") @QueryParam("asOf") String asOf,
            @Parameter(description = "Zero-based page", example = "0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") Integer size,
            @Context Request request, @Context UriInfo uri) {
        PageRequest pageRequest = PageRequest.of(page, size);
        return cache.ok(request, uri, () -> reporting.ranking(id, QueryParams.asOf(asOf), pageRequest));
    }

    @RolesAllowed(Roles.VIEWER)
    @GET
    @Path("/units/{id}/scorecard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score a unit within a plan",
            description = "Tasks the unit leads, co-leads and supports; lights and verdicts of the tasks it leads or "
                    + "co-leads. A division is scored on its own assignments only.")
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = @Content(schema = @Schema(implementation = UnitScorecardResponse.class)))
    public Response getUnitScorecard(@PathParam("id") long id,
            @Parameter(description = "Plan id (required); a plan of the unit's region", example = "1", required = true)
            @QueryParam("plan") Long plan,
            @Parameter(description = AS_OF, example = "2023-12-31") @QueryParam("asOf") String asOf,
            @Context Request request, @Context UriInfo uri) {
        return cache.ok(request, uri, () -> reporting.scorecard(id, plan, QueryParams.asOf(asOf)));
    }

    @PermitAll
    @GET
    @Path("/plans/{id}/export")
    @Produces({ExportFormat.XLSX_MEDIA_TYPE, ExportFormat.CSV_MEDIA_TYPE})
    @Operation(summary = "Export a plan as a completion-status table (完成情况表)",
            description = "One row per task in ordinal order: 序号 | 任务内容 | 牵头单位 | 配合单位 | 指标与目标 | 完成值 | 评估 | "
                    + "完成情况. Lead units (LEAD, CO_LEAD) and supporting units are joined with 、 in list order, "
                    + "divisions in brackets: 市经信局(绿色处、消费品处). Indicators and actuals one per line, written as "
                    + "tables write them (工业投资500亿元以上；/ 1-11月为企业减负51.5亿元), numbers exact; 评估 gives "
                    + "the light that counts, then each indicator's verdict; 完成情况 is the newest progress report. XLSX "
                    + "has the plan title above the header; CSV is RFC 4180, UTF-8 with a byte order mark.")
    @APIResponse(responseCode = "200", description = "The table as an attachment",
            content = {@Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")),
                    @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE,
                            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                    format = "binary"))})
    public Response exportPlan(@PathParam("id") long id,
            @Parameter(description = "xlsx (the default) or csv", example = "xlsx") @QueryParam("format") String format,
            @Parameter(description = AS_OF, example = "2023-12-31") @QueryParam("asOf") String asOf) {
        ExportFormat chosen = format == null || format.isBlank() ? ExportFormat.XLSX
                : QueryParams.enumValue(ExportFormat.class, "format", format);
        LocalDate date = QueryParams.asOf(asOf);
        CompletionTable table = exports.table(id, date);
        StreamingOutput body = out -> CompletionTableWriter.write(table, chosen, out);
        return Response.ok(body, chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition("plan-" + id, table.title(), chosen))
                .build();
    }

    /**
     * RFC 6266: an ASCII {@code filename} for old clients and the real name, in UTF-8, as {@code filename*} (RFC 8187).
     */
    static String contentDisposition(String asciiName, String title, ExportFormat format) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + "." + format.extension();
        return "attachment; filename=\"" + asciiName + "." + format.extension() + "\"; filename*=UTF-8''"
                + encode(name);
    }

    private static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
