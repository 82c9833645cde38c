package org.duban.reporting;

import jakarta.validation.Valid;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import org.duban.caching.RepresentationCache;
import org.duban.common.PageParams;
import org.duban.common.ParameterDocs;
import org.duban.common.PageRequest;
import org.duban.common.QueryParams;
import org.duban.common.Responses;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of roll-ups and exports: plan summaries, unit scorecards and rankings, completion tables. */
@Path("/")
@Tag(name = "Reports", description = "Roll-ups of verdicts and lights per plan and unit, and completion-table exports")
public class ReportingResource {

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
    @Operation(summary = "计划汇总（任务状态、亮灯、指标评估）", description = "Summarise a plan: tasks by status and light, indicators by verdict. "
            + "The same counts per lead unit are GET /plans/{id}/units, a page at a time. Lights and verdicts are the effective ones (an editor's override, a person's verdict where "
                    + "the rules cannot judge). Every count map has a key for every value, zeros included.")
    @APIResponseSchema(value = PlanSummaryResponse.class, responseCode = "200", responseDescription = "The summary")
    public Response getPlanSummary(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.AS_OF, example = ParameterDocs.AS_OF_EXAMPLE) @QueryParam("asOf") String asOf, @Context UriInfo uri) {
        return cache.ok(uri, () -> reporting.summary(id, QueryParams.asOf(asOf)));
    }

    @PermitAll
    @GET
    @Path("/plans/{id}/units")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "计划牵头单位汇总", description = "List the lead units of a plan with their share of it. "
            + "Units that lead or co-lead at least one task (牵头单位), in the order the plan first names them, each "
            + "with its led and co-led tasks by light and their indicators by verdict, counted as the plan summary "
            + "counts them.")
    @APIResponseSchema(value = PlanUnitSummary.Page.class, responseCode = "200",
            responseDescription = "A page of lead units")
    public Response listPlanUnits(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.AS_OF, example = ParameterDocs.AS_OF_EXAMPLE) @QueryParam("asOf") String asOf,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        PageRequest pageRequest = paging.request();
        return cache.ok(uri, () -> reporting.units(id, QueryParams.asOf(asOf), pageRequest));
    }

    @PermitAll
    @GET
    @Path("/plans/{id}/unit-ranking")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "牵头单位排名", description = "Rank the lead units of a plan. "
            + "Units that lead or co-lead at least one task, ordered by " + ReportingService.RANKING_RULE
                    + ".")
    @APIResponseSchema(value = UnitRankingEntry.Page.class, responseCode = "200",
            responseDescription = "A page of ranked units")
    public Response listUnitRanking(@PathParam("id") long id,
            @Parameter(description = ParameterDocs.AS_OF, example = ParameterDocs.AS_OF_EXAMPLE) @QueryParam("asOf") String asOf,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        PageRequest pageRequest = paging.request();
        return cache.ok(uri, () -> reporting.ranking(id, QueryParams.asOf(asOf), pageRequest));
    }

    @RolesAllowed(Roles.VIEWER)
    @GET
    @Path("/units/{id}/scorecard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "单位成绩单", description = "Score a unit within a plan. "
            + "Tasks the unit leads, co-leads and supports; lights and verdicts of the tasks it leads or "
                    + "co-leads. A division is scored on its own assignments only.")
    @APIResponseSchema(value = UnitScorecardResponse.class, responseCode = "200", responseDescription = "The scorecard")
    public Response getUnitScorecard(@PathParam("id") long id,
            @Parameter(description = "Plan id (required); a plan of the unit's region", example = "1", required = true)
            @QueryParam("plan") Long plan,
            @Parameter(description = ParameterDocs.AS_OF, example = ParameterDocs.AS_OF_EXAMPLE) @QueryParam("asOf") String asOf, @Context UriInfo uri) {
        return cache.ok(uri, () -> reporting.scorecard(id, plan, QueryParams.asOf(asOf)));
    }

    @PermitAll
    @GET
    @Path("/plans/{id}/export")
    @Produces({ExportFormat.XLSX_MEDIA_TYPE, ExportFormat.CSV_MEDIA_TYPE})
    @Operation(summary = "导出完成情况表", description = "Export a plan as a completion-status table (完成情况表). "
            + "One row per task in ordinal order: 序号 | 任务内容 | 牵头单位 | 配合单位 | 指标与目标 | 完成值 | 评估 | "
                    + "完成情况. Lead units (LEAD, CO_LEAD) and supporting units are joined with 、 in list order, "
                    + "divisions in brackets: 市经信局(绿色处、消费品处). Indicators and actuals one per line, written as "
                    + "tables write them (工业投资500亿元以上；/ 1-11月为企业减负51.5亿元), numbers exact; 评估 gives "
                    + "the light that counts, then each indicator's verdict; 完成情况 is the newest progress report. XLSX "
                    + "has the plan title above the header; CSV is RFC 4180, UTF-8 with a byte order mark.")
    @APIResponse(responseCode = "200", description = "The table as an attachment",
            headers = @Header(name = "ETag", required = true, description = "Entity tag of this file (the hash of its "
                    + "bytes: it changes when the table does), for If-None-Match (304)",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            example = "\"kR3vX9m2Qe7TqL0pWz8YbN4sHcA\"")),
            content = {@Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")),
                    @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE,
                            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                    format = "binary"))})
    public Response exportPlan(@PathParam("id") long id,
            @Parameter(description = "xlsx (the default) or csv", example = "xlsx") @QueryParam("format") String format,
            @Parameter(description = ParameterDocs.AS_OF, example = ParameterDocs.AS_OF_EXAMPLE) @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        ExportFormat chosen = format == null || format.isBlank() ? ExportFormat.XLSX
                : QueryParams.enumValue(ExportFormat.class, "format", format);
        return cache.document(uri, () -> {
            // The date is taken inside, as the cache takes today for its key: a request crossing midnight renders
            // the day it is stored under.
            CompletionTable table = exports.table(id, QueryParams.asOf(asOf));
            return new RepresentationCache.Document(CompletionTableWriter.bytes(table, chosen), chosen.mediaType(),
                    contentDisposition("plan-" + id, table.title(), chosen));
        });
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
