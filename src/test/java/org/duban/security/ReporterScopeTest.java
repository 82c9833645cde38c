package org.duban.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Broken object-level authorisation cases: a reporter of unit A guessing the ids of unit B's task in an INTERNAL plan
 * gets 403 for every write and for its history, before its body or If-Match is even looked at; divisions count.
 */
@QuarkusTest
class ReporterScopeTest {

    private static final Map<String, Object> MEASUREMENT = Map.of("value", 51.5, "unit", "亿元", "status", "FINAL",
            "period", Map.of("from", "2023-01-01", "to", "2023-11-30", "label", "1-11月"));

    @Test
    void shouldKeepAReporterOfUnitAOffTheTasksOfUnitB() {
        String region = Api.newRegion();
        long a = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long b = Api.createUnit(region, "市商务局", "MUNICIPAL_DEPARTMENT", null);
        long plan = Api.createPlan(region, 2023, "INTERNAL", "内部清单");
        long taskA = Api.createTask(plan, 1, "甲的任务", List.of(Api.lead(a)));
        long taskB = Api.createTask(plan, 2, "乙的任务", List.of(Api.lead(b)));
        long indicatorB = Api.post("/api/v1/tasks/" + taskB + "/indicators", Map.of("name", "为企业减负", "kind", "LEVEL",
                "target", Map.of("comparator", "GTE", "value", 50, "unit", "亿元"))).statusCode(201).extract()
                .jsonPath().getLong("id");
        Api.Account reporter = Api.createAccount("reporter", a);

        Api.as(reporter).contentType("application/json").body(MEASUREMENT)
                .post("/api/v1/indicators/" + indicatorB + "/measurements").then().statusCode(403)
                .contentType("application/problem+json");
        // Authorisation comes before validation and preconditions.
        Api.as(reporter).contentType("application/json").body(Map.of("value", "not a number"))
                .post("/api/v1/indicators/" + indicatorB + "/measurements").then().statusCode(403);
        Api.as(reporter).contentType(Api.MERGE_PATCH).header("If-Match", "\"stale\"").body(Map.of("status", "DONE?"))
                .patch("/api/v1/tasks/" + taskB).then().statusCode(403);
        Api.as(reporter).contentType(Api.MERGE_PATCH).body(Map.of("status", "COMPLETED"))
                .patch("/api/v1/tasks/" + taskB).then().statusCode(403);
        Api.as(reporter).contentType("application/json").body(Map.of("narrative", ""))
                .post("/api/v1/tasks/" + taskB + "/progress-reports").then().statusCode(403);
        Api.as(reporter).get("/api/v1/tasks/" + taskB + "/history").then().statusCode(403);
        given().get("/api/v1/tasks/" + taskB).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
        given().get("/api/v1/indicators/" + indicatorB + "/measurements").then().body("totalItems", equalTo(0));

        // Ids that do not exist answer 404, whoever asks.
        Api.as(reporter).contentType(Api.MERGE_PATCH).body(Map.of("status", "COMPLETED"))
                .patch("/api/v1/tasks/987654321").then().statusCode(404);
        Api.as(reporter).contentType("application/json").body(MEASUREMENT)
                .post("/api/v1/indicators/987654321/measurements").then().statusCode(404);

        // Its own task: status only, and validation applies once it is allowed.
        Api.as(reporter).contentType(Api.MERGE_PATCH).body(Map.of("status", "COMPLETED"))
                .patch("/api/v1/tasks/" + taskA).then().statusCode(200).body("status", equalTo("COMPLETED"));
        Api.as(reporter).contentType(Api.MERGE_PATCH).body(Map.of("status", "COMPLETED", "content", "改写"))
                .patch("/api/v1/tasks/" + taskA).then().statusCode(403);
        Api.as(reporter).contentType(Api.MERGE_PATCH).body(Map.of("status", "FINISHED"))
                .patch("/api/v1/tasks/" + taskA).then().statusCode(400);
        Api.as(reporter).get("/api/v1/tasks/" + taskA + "/history").then().statusCode(200);
    }

    @Test
    void shouldCheckTheRoleBeforeReadingTheBody() {
        Api.Account viewer = Api.createAccount("viewer");
        Api.as(viewer).contentType("application/json").body("{not json").post("/api/v1/plans").then().statusCode(403)
                .contentType("application/problem+json");
        Api.anonymous().contentType("application/json").body("{not json").post("/api/v1/plans").then().statusCode(401);
        Api.as(viewer).contentType(Api.MERGE_PATCH).header("If-Match", "\"stale\"").body("{}")
                .patch("/api/v1/plans/987654321").then().statusCode(403);
        given().contentType("application/json").body("{not json").post("/api/v1/plans").then().statusCode(400);
    }

    @Test
    void shouldLetAReporterWriteWhereItsUnitOrADivisionOfItIsAssigned() {
        String region = Api.newRegion();
        long bureau = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long green = Api.createUnit(region, "绿色处", "DIVISION", bureau);
        long plan = Api.createPlan(region, 2023, "INTERNAL", "内部清单");
        long divisionTask = Api.createTask(plan, 1, "绿色处牵头", List.of(Api.lead(green)));
        long namedTask = Api.createTask(plan, 2, "市经信局(绿色处)牵头", List.of(Map.of("unitId", bureau, "role", "LEAD",
                "divisionIds", List.of(green))));
        long bureauOnly = Api.createTask(plan, 3, "市经信局牵头", List.of(Api.lead(bureau)));

        Api.Account ofBureau = Api.createAccount("reporter", bureau);
        Api.Account ofDivision = Api.createAccount("reporter", green);
        for (long task : List.of(divisionTask, namedTask, bureauOnly)) {
            Api.as(ofBureau).contentType(Api.MERGE_PATCH).body(Map.of("status", "IN_PROGRESS"))
                    .patch("/api/v1/tasks/" + task).then().statusCode(200);
        }
        Api.as(ofDivision).contentType(Api.MERGE_PATCH).body(Map.of("status", "DELAYED"))
                .patch("/api/v1/tasks/" + divisionTask).then().statusCode(200);
        Api.as(ofDivision).contentType(Api.MERGE_PATCH).body(Map.of("status", "DELAYED"))
                .patch("/api/v1/tasks/" + namedTask).then().statusCode(200);
        Api.as(ofDivision).contentType(Api.MERGE_PATCH).body(Map.of("status", "DELAYED"))
                .patch("/api/v1/tasks/" + bureauOnly).then().statusCode(403);
    }

    @Test
    void shouldApplyTheSameScopeToReporterApiKeys() {
        String region = Api.newRegion();
        long a = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long b = Api.createUnit(region, "市商务局", "MUNICIPAL_DEPARTMENT", null);
        long plan = Api.createPlan(region, 2023, "PUBLIC", "公开清单");
        long taskA = Api.createTask(plan, 1, "甲的任务", List.of(Api.lead(a)));
        long taskB = Api.createTask(plan, 2, "乙的任务", List.of(Api.lead(b)));
        String key = Api.createApiKey("reporter", a);
        Map<String, Object> report = Map.of("period", Map.of("from", "2023-01-01", "to", "2023-06-30"),
                "narrative", "上半年完成");
        Api.bearer(key).contentType("application/json").body(report).post("/api/v1/tasks/" + taskA + "/progress-reports")
                .then().statusCode(201);
        Api.bearer(key).contentType("application/json").body(report).post("/api/v1/tasks/" + taskB + "/progress-reports")
                .then().statusCode(403);
    }
}
