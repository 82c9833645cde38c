package org.duban;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Lists must cost a constant number of SQL statements, whatever the page size: no N+1. */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    private long statementsFor(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void shouldListTasksInAConstantNumberOfStatements() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            units.add(Api.createUnit(region, "单位" + i, "MUNICIPAL_DEPARTMENT", null));
        }
        long division = Api.createUnit(region, "绿色处", "DIVISION", units.get(0));
        for (int i = 1; i <= 100; i++) {
            Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", i, "content", "任务" + i, "units", List.of(
                    Map.of("unitId", units.get(0), "role", "LEAD", "divisionIds", List.of(division)),
                    Api.role(units.get(i % 4 + 1), "CO_LEAD")))).statusCode(201);
        }

        long twenty = statementsFor(() -> given().queryParam("plan", plan).queryParam("size", 20).get("/api/v1/tasks")
                .then().statusCode(200));
        long hundred = statementsFor(() -> given().queryParam("plan", plan).queryParam("size", 100).get("/api/v1/tasks")
                .then().statusCode(200));

        assertThat(hundred).isEqualTo(twenty);
        // The plan check, the page, the count, the assignments, the indicators with their measurements.
        assertThat(twenty).isLessThanOrEqualTo(5);

        long lightFiltered = statementsFor(() -> given().queryParam("plan", plan).queryParam("light", "GREY")
                .queryParam("size", 100).get("/api/v1/tasks").then().statusCode(200).body("totalItems", equalTo(100)));
        assertThat(lightFiltered).isLessThanOrEqualTo(5);
    }

    @Test
    void shouldListUnitsAndIndicatorsInAConstantNumberOfStatements() {
        String region = Api.newRegion();
        long parent = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null, "经信局");
        for (int i = 0; i < 30; i++) {
            Api.createUnit(region, "处室" + i, "DIVISION", parent, "别名" + i);
        }
        long few = statementsFor(() -> given().queryParam("region", region).queryParam("size", 5).get("/api/v1/units")
                .then().statusCode(200));
        long many = statementsFor(() -> given().queryParam("region", region).queryParam("size", 31).get("/api/v1/units")
                .then().statusCode(200));
        assertThat(many).isEqualTo(few);

        long plan = Api.createPlan(region, 2023);
        long task = Api.createTask(plan, 1, "任务", List.of());
        for (int i = 0; i < 12; i++) {
            long indicator = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "指标" + i, "kind", "COUNT",
                    "target", Map.of("comparator", "GTE", "value", 10, "unit", "家"))).statusCode(201)
                    .extract().jsonPath().getLong("id");
            Api.post("/api/v1/indicators/" + indicator + "/measurements", Map.of("value", i, "unit", "家",
                    "status", "FINAL", "period", Map.of("from", "2023-01-01", "to", "2023-06-30"))).statusCode(201);
        }
        long two = statementsFor(() -> given().queryParam("size", 2).get("/api/v1/tasks/" + task + "/indicators")
                .then().statusCode(200));
        long twelve = statementsFor(() -> given().queryParam("size", 12).get("/api/v1/tasks/" + task + "/indicators")
                .then().statusCode(200));
        assertThat(twelve).isEqualTo(two);
    }
}
