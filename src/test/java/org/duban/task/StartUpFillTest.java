package org.duban.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The start-up fill gives the tasks and indicators of a database older than the read model their light and verdict,
 * once: later starts do not look for missing ones (V9's read_model_fill).
 */
@QuarkusTest
class StartUpFillTest {

    @Inject
    StoredLights lights;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldFillWhatAnOlderDatabaseLacksOnceAndThenNoLongerLook() throws SQLException {
        assertThat(sql("select count(*) from read_model_fill where done")).as("done by the service's start").isEqualTo("1");
        int year = LocalDate.now().getYear();
        long plan = Api.createPlan(Api.newRegion(), year);
        long task = Api.createTask(plan, 1, "实现工业投资500亿元以上", List.of());
        long indicator = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "工业投资", "kind", "LEVEL",
                "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.post("/api/v1/indicators/" + indicator + "/measurements", Map.of("value", 300, "unit", "亿元", "status",
                "FINAL", "period", Map.of("from", year + "-01-01", "to", year + "-12-31"))).statusCode(201);
        String light = sql("select light_open from tasks where id = " + task);
        assertThat(light).isEqualTo("RED");
        assertThat(sql("select verdict from indicators where id = " + indicator)).isEqualTo("NOT_MET");

        forget(task, indicator);
        update("update read_model_fill set done = false");
        lights.onStart(null);
        assertThat(sql("select light_open from tasks where id = " + task)).isEqualTo(light);
        assertThat(sql("select verdict from indicators where id = " + indicator)).isEqualTo("NOT_MET");
        assertThat(sql("select count(*) from read_model_fill where done")).isEqualTo("1");

        forget(task, indicator);
        lights.onStart(null);
        assertThat(sql("select light_open from tasks where id = " + task)).isNull();
        assertThat(sql("select verdict from indicators where id = " + indicator)).isNull();

        // Leaves the database as the other tests expect it.
        update("update read_model_fill set done = false");
        lights.onStart(null);
        assertThat(sql("select light_open from tasks where id = " + task)).isEqualTo(light);
    }

    /** What a database older than the read model and the change feed holds: no stored light, no stored verdict. */
    private void forget(long task, long indicator) throws SQLException {
        update("update tasks set light_open = null, light_open_reason = null, light_overdue = null,"
                + " light_overdue_reason = null where id = " + task);
        update("update indicators set verdict = null where id = " + indicator);
    }

    private void update(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    private String sql(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery(query)) {
            row.next();
            String value = row.getString(1);
            return value == null ? null : value.toUpperCase();
        }
    }
}
