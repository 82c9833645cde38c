package org.duban.operations;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.duban.common.ConflictException;

/**
 * Online backups of the embedded H2 database. While the service runs, H2 locks its file, so a copy can only be made from
 * inside: {@code BACKUP TO} writes a zip of the database that is transactionally consistent (the MVStore is
 * copy-on-write) without stopping writes. PostgreSQL is backed up with its own tools (pg_dump), not through here.
 */
@ApplicationScoped
public class BackupService {

    private final AgroalDataSource dataSource;

    public BackupService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes a backup zip to a new temporary file and returns it; the caller deletes it once it has been sent. */
    public Path backup() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equals(product)) {
                throw new ConflictException("The database is " + product + ", which this service does not back up: "
                        + "use pg_dump (README, \"Backup and restore\")");
            }
            Path file = Files.createTempFile("duban-backup-", ".zip");
            try (Statement statement = connection.createStatement()) {
                // A temporary file's name holds no quote; doubling them anyway keeps the literal a literal.
                statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
            } catch (SQLException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            Log.infof("Database backup written (%d bytes)", Files.size(file));
            return file;
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("backup failed", e);
        }
    }
}
