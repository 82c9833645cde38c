package org.duban.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/** INTERNAL plans never reach anonymous callers: not by id, list, search, filter or updatedSince feed. */
@QuarkusTest
class AnonymousVisibilityTest {

    @Test
    void shouldKeepInternalPlansAndTheirTasksOutOfEveryAnonymousList() {
        String region = Api.newRegion();
        long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long internal = Api.createPlan(region, 2023, "INTERNAL", "内部督办清单");
        long published = Api.createPlan(region, 2023, "PUBLIC", "公开工作报告");
        long secret = Api.createTask(internal, 1, "秘密推进数字经济项目", List.of(Api.lead(unit)));
        long open = Api.createTask(published, 1, "公开推进数字经济项目", List.of(Api.lead(unit)));

        Api.anonymous().queryParam("region", region).get("/api/v1/plans").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items.id", equalTo(List.of((int) published)));
        Api.anonymous().queryParam("region", region).queryParam("disclosure", "INTERNAL").get("/api/v1/plans").then()
                .statusCode(200).body("totalItems", equalTo(0));
        Api.anonymous().queryParam("q", "内部督办").get("/api/v1/plans").then().statusCode(200)
                .body("items.id", not(hasItem((int) internal)));

        Api.anonymous().queryParam("q", "数字经济项目").queryParam("size", 200).get("/api/v1/tasks").then()
                .statusCode(200).body("items.id", hasItem((int) open)).body("items.id", not(hasItem((int) secret)));
        Api.anonymous().queryParam("unit", unit).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) open)));
        Api.anonymous().queryParam("updatedSince", "2000-01-01T00:00:00Z").queryParam("sort", "-updatedAt")
                .queryParam("size", 200).get("/api/v1/tasks").then().statusCode(200)
                .body("items.planId", everyItem(not(equalTo((int) internal))));
        Api.anonymous().queryParam("plan", internal).get("/api/v1/tasks").then().statusCode(400)
                .body("detail", equalTo("plan: no plan with id " + internal));

        Api.anonymous().get("/api/v1/plans/" + internal).then().statusCode(404)
                .body("detail", equalTo("No plan with id " + internal));
        Api.anonymous().get("/api/v1/tasks/" + secret).then().statusCode(404)
                .body("detail", equalTo("No task with id " + secret));

        // Roll-ups and exports of an INTERNAL plan do not exist for them either; scorecards need a role.
        for (String path : List.of("/summary", "/unit-ranking", "/export?format=csv", "/export")) {
            Api.anonymous().get("/api/v1/plans/" + internal + path).then().statusCode(404)
                    .contentType("application/problem+json");
            Api.anonymous().get("/api/v1/plans/" + published + path).then().statusCode(200);
        }
        Api.anonymous().queryParam("plan", published).get("/api/v1/units/" + unit + "/scorecard").then()
                .statusCode(401);

        // Signed-in callers see both.
        given().queryParam("region", region).get("/api/v1/plans").then().statusCode(200).body("totalItems", equalTo(2));
        given().queryParam("unit", unit).get("/api/v1/tasks").then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void shouldHideWhatHangsOnAnInternalPlan() {
        String region = Api.newRegion();
        long internal = Api.createPlan(region, 2023, "INTERNAL", "内部清单");
        long task = Api.createTask(internal, 1, "内部任务", List.of());
        long indicator = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "工业投资", "kind", "LEVEL"))
                .statusCode(201).extract().jsonPath().getLong("id");
        long measurement = Api.post("/api/v1/indicators/" + indicator + "/measurements", Map.of("value", 1, "unit", "亿元",
                "status", "FINAL", "period", Map.of("from", "2023-01-01", "to", "2023-06-30"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        long report = Api.post("/api/v1/tasks/" + task + "/progress-reports", Map.of("period",
                Map.of("from", "2023-01-01", "to", "2023-06-30"), "narrative", "进展")).statusCode(201).extract()
                .jsonPath().getLong("id");
        for (String path : List.of("/api/v1/tasks/" + task + "/indicators", "/api/v1/indicators/" + indicator,
                "/api/v1/indicators/" + indicator + "/measurements", "/api/v1/measurements/" + measurement,
                "/api/v1/tasks/" + task + "/progress-reports", "/api/v1/tasks/" + task + "/progress-reports/" + report)) {
            Api.anonymous().get(path).then().statusCode(404).contentType("application/problem+json");
            given().get(path).then().statusCode(200);
        }
    }
}
