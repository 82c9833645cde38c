package org.duban.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The schema's CHECK constraints still hold, and still admit what they should, once the connection that created them
 * is closed: H2 2.4.240 evaluates a CHECK that it turned into a constant set (an IN list, or an OR of equalities) with
 * the comparator of the creating session, and fails every insert after that session ends (h2database issue 4302).
 * In production the pool retires the migrating connection after a while; here it is closed at once.
 */
class MigrationsAcrossSessionsTest {

    private static final String URL = "jdbc:h2:mem:migrations-across-sessions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void shouldCheckRolesFromAConnectionOtherThanTheMigratingOne() throws SQLException {
        // Flyway migrates on a connection of its own and closes it.
        Flyway.configure().dataSource(URL, "duban", "").locations("classpath:db/migration").load().migrate();

        try (Connection connection = DriverManager.getConnection(URL, "duban", "");
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into accounts (id, username, password_hash, enabled, version, created_at, updated_at)"
                    + " values (1, 'zhang', 'x', true, 0, current_timestamp, current_timestamp)");
            assertThat(sql.executeUpdate("insert into account_roles (account_id, role) values (1, 'editor')")).isOne();
            assertThat(sql.executeUpdate("insert into api_keys (id, name, role, key_prefix, key_hash, created_by,"
                    + " created_at) values (1, '统计局', 'viewer', 'dbn_ab', 'h1', 'admin', current_timestamp)")).isOne();

            assertThatThrownBy(() -> sql.executeUpdate("insert into account_roles (account_id, role) values (1, 'root')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ck_account_roles_role");
            assertThatThrownBy(() -> sql.executeUpdate("insert into api_keys (id, name, role, key_prefix, key_hash,"
                    + " created_by, created_at) values (2, '统计局', 'root', 'dbn_cd', 'h2', 'admin', current_timestamp)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ck_api_keys_role");
        }
    }
}
