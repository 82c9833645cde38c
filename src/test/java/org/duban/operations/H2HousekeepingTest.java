package org.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file database written with WRITE_DELAY=0, as the service runs it, keeps growing under small commits unless
 * its chunks are rewritten and freed; with {@link H2Housekeeping} it stays near its size. Plain JDBC, no service:
 * RETENTION_TIME=0 lets dead chunks be reused at once instead of after H2's 45 seconds.
 */
class H2HousekeepingTest {

    private static final int COMMITS = 10_000;

    @TempDir
    Path dir;

    @Test
    void shouldKeepTheFileFromGrowingWithEveryCommit() throws SQLException {
        long without = fileAfterCommits("without", false);
        long with = fileAfterCommits("with", true);
        System.out.printf("H2 file after %d commits: %d KiB without housekeeping, %d KiB with%n", COMMITS,
                without / 1024, with / 1024);
        assertThat(with).as("file with housekeeping").isLessThan(without / 2);
    }

    @Test
    void shouldLeaveInMemoryDatabasesAlone() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:housekeeping")) {
            assertThat(H2Housekeeping.housekeep(c)).isFalse();
        }
    }

    @Test
    void shouldLeaveADatabaseWithItsOwnBackgroundThreadAlone() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("delayed") + ";WRITE_DELAY=500";
        try (Connection c = DriverManager.getConnection(url)) {
            assertThat(H2Housekeeping.housekeep(c)).isFalse();
        }
    }

    /**
     * The size of the database file after COMMITS transactions shaped like the service's writes: a row appended to a
     * table that only grows (measurements, the audit trail, the change feed) and a hot row updated (the data
     * revision), committed together. Every chunk H2 writes keeps the appended row's page live, so no chunk ever becomes
     * entirely dead: only rewriting the sparse ones frees space.
     */
    private long fileAfterCommits(String name, boolean housekeeping) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0;RETENTION_TIME=0";
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table revision (id int primary key, revision bigint)");
                s.execute("insert into revision values (1, 0)");
                s.execute("create table log (id bigint generated always as identity primary key, text varchar(200))");
            }
            c.setAutoCommit(false);
            try (PreparedStatement append = c.prepareStatement("insert into log (text) values (?)");
                    PreparedStatement bump = c.prepareStatement(
                            "update revision set revision = revision + 1 where id = 1")) {
                for (int i = 0; i < COMMITS; i++) {
                    append.setString(1, "第" + i + "次督办：工业投资500亿元以上");
                    append.executeUpdate();
                    bump.executeUpdate();
                    c.commit();
                    if (housekeeping && i % 200 == 199) {
                        assertThat(H2Housekeeping.housekeep(c)).isTrue();
                    }
                }
            }
            try {
                return Files.size(dir.resolve(name + ".mv.db"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
