package org.duban;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.duban.support.Api;
import org.duban.support.BulkPlans;
import org.duban.support.Statements;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Lists must cost a constant number of SQL statements, whatever the page size: no N+1. */
@QuarkusTest
class StatementCountTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BulkPlans bulk;

    private long statementsFor(Runnable request) {
        return Statements.count(sessionFactory, request);
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
        // The plan check, the page, the count, the assignments: lights are read from the read model's columns.
        assertThat(twenty).isLessThanOrEqualTo(4);

        long lightFiltered = statementsFor(() -> given().queryParam("plan", plan).queryParam("light", "GREY")
                .queryParam("size", 100).get("/api/v1/tasks").then().statusCode(200).body("totalItems", equalTo(100)));
        assertThat(lightFiltered).isLessThanOrEqualTo(4);
    }

    /**
     * Roll-ups, exports and the light filter read a plan of 500 tasks in as many statements as one of 10. Prints the
     * counts so that the report can quote them.
     */
    @Test
    void shouldRollUpAndExportPlansInAConstantNumberOfStatements() {
        String region = Api.newRegion();
        BulkPlans.Created small = bulk.create(region, 10);
        BulkPlans.Created large = bulk.create(Api.newRegion(), 500);
        Map<String, java.util.function.Function<BulkPlans.Created, Runnable>> requests = new java.util.LinkedHashMap<>();
        requests.put("summary", c -> () -> given().queryParam("asOf", "2024-01-19")
                .get("/api/v1/plans/" + c.planId() + "/summary").then().statusCode(200));
        requests.put("units", c -> () -> given().queryParam("size", 200).get("/api/v1/plans/" + c.planId() + "/units")
                .then().statusCode(200));
        requests.put("scorecard", c -> () -> given().queryParam("plan", c.planId())
                .get("/api/v1/units/" + c.leadUnitId() + "/scorecard").then().statusCode(200));
        requests.put("ranking", c -> () -> given().get("/api/v1/plans/" + c.planId() + "/unit-ranking").then()
                .statusCode(200));
        requests.put("export", c -> () -> given().queryParam("format", "csv")
                .get("/api/v1/plans/" + c.planId() + "/export").then().statusCode(200));
        requests.put("tasks?light", c -> () -> given().queryParam("plan", c.planId()).queryParam("light", "RED")
                .queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200));
        requests.put("tasks", c -> () -> given().queryParam("plan", c.planId()).queryParam("size", 200)
                .get("/api/v1/tasks").then().statusCode(200));
        for (var request : requests.entrySet()) {
            long few = statementsFor(request.getValue().apply(small));
            long many = statementsFor(request.getValue().apply(large));
            Log.infof("statements for %s: %d with 10 tasks, %d with 500", request.getKey(), few, many);
            assertThat(many).as(request.getKey()).isEqualTo(few);
            assertThat(many).as(request.getKey()).isLessThanOrEqualTo(6);
        }
        given().queryParam("asOf", "2024-01-19").get("/api/v1/plans/" + large.planId() + "/summary").then()
                .body("totalTasks", equalTo(500))
                .body("indicatorsByVerdict.MET", equalTo(167))
                .body("indicatorsByVerdict.NOT_MET", equalTo(167))
                .body("indicatorsByVerdict.NO_DATA", equalTo(166))
                .body("tasksByLight.RED", equalTo(167))
                .body("tasksByLight.YELLOW", equalTo(166))
                .body("tasksByLight.GREEN", equalTo(167))
                .body("shareMet", equalTo(0.5f));
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

    /**
     * A measurement write refreshes its task's light in the same transaction; what it reads must not grow with the
     * indicators' histories (it once read every measurement of the task), and its statements stay few.
     */
    @Test
    void shouldWriteAMeasurementInStatementsThatDoNotGrowWithTheHistory() {
        long plan = Api.createPlan(Api.newRegion(), 2023);
        long task = Api.createTask(plan, 1, "实现工业投资500亿元以上", List.of());
        long indicator = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "工业投资", "kind", "LEVEL",
                "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        IntFunction<Runnable> write = day -> () -> Api.post("/api/v1/indicators/" + indicator
                + "/measurements", Map.of("value", 10 + day, "unit", "亿元", "status", "FINAL", "period",
                Map.of("from", "2023-01-01", "to", LocalDate.of(2023, 1, 1).plusDays(day).toString())))
                .statusCode(201);
        write.apply(0).run();
        long first = statementsFor(write.apply(1));
        for (int day = 2; day < 60; day++) {
            write.apply(day).run();
        }
        long sixtieth = statementsFor(write.apply(60));
        Log.infof("statements for a measurement write: %d with 1 measurement before it, %d with 60", first, sixtieth);
        assertThat(sixtieth).isEqualTo(first).isLessThanOrEqualTo(12);
        assertThat(Statements.of(sessionFactory, write.apply(61)).getEntityLoadCount()).as("entities loaded by a write")
                .isLessThanOrEqualTo(4);
    }
}
