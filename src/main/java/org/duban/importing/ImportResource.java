package org.duban.importing;

import jakarta.validation.Valid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.duban.common.InvalidRequestException;
import org.duban.common.PageParams;
import org.duban.common.PageResponse;
import org.duban.common.QueryParams;
import org.duban.common.Responses;
import org.duban.importing.table.TableReaders;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** HTTP face of imports: /api/v1/imports. */
@Path("/")
@Tag(name = "Imports", description = "Turn published completion tables (text, CSV, web pages, Word, Excel) into plans, "
        + "tasks, units, indicators and actuals")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private static final String SEED_EXAMPLE = "任务内容 | 牵头单位 | 完成情况 |\n推动国家惠企政策直达快享,全年为企业减负50亿元以上。"
            + " | 市经信局、市发改委 | 1-11月,全市完成减负51.5亿元。 |";

    private final ImportService service;
    private final Responses responses;

    public ImportResource(ImportService service, Responses responses) {
        this.service = service;
        this.responses = responses;
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/imports")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", "text/markdown", MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML,
            TableReaders.XLSX, TableReaders.XLS, TableReaders.DOCX, "application/msword", "application/zip",
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "导入完成情况表", description = "Import a completion table. "
            + "The body is the document: a table as a browser copies or saves it (text/plain: `|` or tabs "
                    + "between cells, or one cell per line), CSV, a web page (text/html), a Word file (.docx) or an Excel "
                    + "workbook (.xlsx, .xls). The format is decided from the bytes. A document with several tables "
                    + "imports the first with a task column, or the one `table` names; the preview lists them. "
                    + "With `dryRun=true` the answer is a preview and nothing is "
                    + "written; otherwise everything is written in one transaction. Importing the same document twice "
                    + "changes nothing; a later table of the same plan updates its tasks and adds new actuals.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING), example = SEED_EXAMPLE),
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                    .enums.SchemaType.STRING), example = "序号,任务内容,牵头单位,配合单位,完成时限\n1,新增个转企200家,市市场监管局,市经信局,2023年12月底"),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING), example = "<h1>2024年民生实事项目进展情况</h1><table>"
                    + "<tr><th>项目名称</th><th>责任单位</th><th>进展情况</th></tr>"
                    + "<tr><td>新增学位3800个</td><td>市教育局</td><td>已新增学位2100个</td></tr></table>"),
            @Content(mediaType = TableReaders.XLSX, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, format = "binary")),
            @Content(mediaType = TableReaders.DOCX, schema = @Schema(type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "200", description = "Dry run: what the import would do",
            content = @Content(schema = @Schema(implementation = ImportPreview.class)))
    @APIResponse(responseCode = "413", description = "The document is larger than duban.import.max-bytes, or would "
            + "expand beyond what the importer reads (a zip bomb)")
    @APIResponse(responseCode = "422", description = "No table with a recognisable header, or no title or year")
    public Response importDocument(
            @Parameter(description = "Region of the plan and its units", example = "舟山市", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Preview only; write nothing (true or false)", example = "true",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Plan title when the document has none, or to override it",
                    example = "2023年市政府工作报告完成情况表") @QueryParam("planTitle") String planTitle,
            @Parameter(description = "Plan year when the title does not say it", example = "2023")
            @QueryParam("year") Integer year,
            @Parameter(description = "1-based number of the document's table to import (default: the first with a "
                    + "task column)", example = "2") @QueryParam("table") Integer table,
            @Parameter(description = "File name to record with the import; gives the plan's title and year when the "
                    + "document does not", example = "2024年民生实事项目进展情况.txt")
            @QueryParam("sourceName") String sourceName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body, @Context UriInfo uri) throws IOException {
        byte[] document = service.readLimited(body);
        var command = new ImportService.ImportCommand(region, planTitle, year, QueryParams.bool("dryRun", dryRun),
                contentType, sourceName, document, table);
        return run(command, uri);
    }

    @RolesAllowed(Roles.EDITOR)
    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "导入完成情况表（表单上传）", description = "Import a completion table uploaded as a form. "
            + "The same import with the document in the `file` part, as a browser upload sends it.")
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "200", description = "Dry run: what the import would do",
            content = @Content(schema = @Schema(implementation = ImportPreview.class)))
    @APIResponse(responseCode = "413", description = "The document is larger than duban.import.max-bytes, or would "
            + "expand beyond what the importer reads (a zip bomb)")
    @APIResponse(responseCode = "422", description = "No table with a recognisable header, or no title or year")
    public Response importUpload(
            @Parameter(description = "Region of the plan and its units", example = "舟山市", required = true)
            @QueryParam("region") String region,
            @Parameter(description = "Preview only; write nothing (true or false)", example = "true",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Plan title when the document has none", example = "2023年市政府工作报告完成情况表")
            @QueryParam("planTitle") String planTitle,
            @Parameter(description = "Plan year when the title does not say it", example = "2023")
            @QueryParam("year") Integer year,
            @Parameter(description = "1-based number of the document's table to import (default: the first with a "
                    + "task column)", example = "2") @QueryParam("table") Integer table,
            @Parameter(description = "The document; its file name gives the plan's title and year when the document "
                    + "does not") @RestForm("file") FileUpload file,
            @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw new InvalidRequestException("file", "is required: the document as a form part named file");
        }
        if (file.size() > service.maxBytes()) {
            throw ImportProblem.tooLarge(service.maxBytes());
        }
        byte[] document = Files.readAllBytes(file.uploadedFile());
        String type = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType();
        var command = new ImportService.ImportCommand(region, planTitle, year, QueryParams.bool("dryRun", dryRun), type,
                file.fileName(), document, table);
        return run(command, uri);
    }

    private Response run(ImportService.ImportCommand command, UriInfo uri) {
        if (command.dryRun()) {
            return Response.ok(service.preview(command)).build();
        }
        ImportResult result = service.commit(command);
        // The answer says what the import did; the import record at Location is another representation: no ETag.
        return responses.createdWithoutTag(uri, "imports", result.importId(), result).build().toResponse();
    }

    @RolesAllowed(Roles.VIEWER)
    @GET
    @Path("/imports/{id}")
    @Operation(summary = "导入记录详情", description = "Get what an import did.")
    @APIResponse(responseCode = "200", description = "The import record")
    public RestResponse<ImportRecordResponse> getImport(@PathParam("id") long id) {
        return responses.ok(service.get(id));
    }

    @RolesAllowed(Roles.VIEWER)
    @GET
    @Path("/imports")
    @Operation(summary = "导入记录列表", description = "List imports, newest first.")
    @APIResponseSchema(value = ImportRecordResponse.Page.class, responseCode = "200",
            responseDescription = "A page of import records")
    public RestResponse<PageResponse<ImportRecordResponse>> listImports(
            @Parameter(description = "Only imports into this plan", example = "1") @QueryParam("plan") Long plan,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return responses.page(uri, service.list(plan, paging.request()));
    }
}
