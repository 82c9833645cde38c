package org.duban.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.duban.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP face of online backups: GET /api/v1/backup, for admins. */
@Path("/")
@Tag(name = "Operations", description = "Backups of the embedded database")
public class BackupResource {

    static final String ZIP = "application/zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final BackupService service;

    public BackupResource(BackupService service) {
        this.service = service;
    }

    @GET
    @Path("/backup")
    @RolesAllowed(Roles.ADMIN)
    @Produces(ZIP)
    @Operation(summary = "下载数据库备份", description = "Download a backup of the embedded database. "
            + "Admins only. A zip of the H2 database, consistent as of one instant, taken without "
                    + "stopping writes. Restore it by unzipping it into an empty data directory (README, \"Backup and "
                    + "restore\"). On PostgreSQL the answer is 409: back it up with pg_dump.")
    @APIResponse(responseCode = "200", description = "The backup",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The database is PostgreSQL, backed up with pg_dump")
    public Response getBackup() {
        java.nio.file.Path file = service.backup();
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        try {
            return Response.ok(body, ZIP)
                    .header(HttpHeaders.CONTENT_LENGTH, Files.size(file))
                    .header("Content-Disposition", "attachment; filename=\"duban-" + STAMP.format(Instant.now()) + ".zip\"")
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
