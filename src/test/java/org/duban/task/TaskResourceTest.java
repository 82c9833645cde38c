package org.duban.task;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TaskResourceTest {

    @Test
    void shouldCreateATaskWithOrderedUnitsAndDivisions() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long jxj = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long green = Api.createUnit(region, "绿色处", "DIVISION", jxj);
        long consumer = Api.createUnit(region, "消费品处", "DIVISION", jxj);
        long commerce = Api.createUnit(region, "市商务局", "MUNICIPAL_DEPARTMENT", null);
        long dinghai = Api.createUnit(region, "定海区政府", "DISTRICT_GOVERNMENT", null);

        String location = Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", 12,
                        "content", "推进金塘国际领先新材料产业岛、舟山粮油产业园建设。", "dueDate", "2023-12-31",
                        "units", List.of(Map.of("unitId", jxj, "role", "LEAD", "divisionIds", List.of(green, consumer)),
                                Api.role(commerce, "CO_LEAD"), Api.role(dinghai, "CO_LEAD"))))
                .statusCode(201)
                .body("status", equalTo("NOT_STARTED"))
                .body("units.name", contains("市经信局", "市商务局", "定海区政府"))
                .body("units.position", contains(0, 1, 2))
                .body("units[0].role", equalTo("LEAD"))
                .body("units[0].divisions.name", contains("绿色处", "消费品处"))
                .extract().header("Location");

        // Reordering keeps the order the request gives.
        given().contentType(Api.MERGE_PATCH)
                .body(Map.of("units", List.of(Api.role(dinghai, "LEAD"), Api.role(jxj, "CO_LEAD")), "status", "IN_PROGRESS"))
                .patch(location)
                .then().statusCode(200)
                .body("units.name", contains("定海区政府", "市经信局"))
                .body("units[1].divisions", hasSize(0))
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void shouldFindTasksThroughADivisionOrItsParent() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long jxj = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long green = Api.createUnit(region, "绿色处", "DIVISION", jxj);
        long other = Api.createUnit(region, "市商务局", "MUNICIPAL_DEPARTMENT", null);
        long namedWithParent = Api.createTask(plan, 1, "推进粮油产业园建设",
                List.of(Map.of("unitId", jxj, "role", "LEAD", "divisionIds", List.of(green))));
        long divisionItself = Api.createTask(plan, 2, "开展绿色制造体系建设", List.of(Api.lead(green)));
        Api.createTask(plan, 3, "扩大消费", List.of(Api.lead(other)));

        given().queryParam("unit", green).get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", contains((int) namedWithParent, (int) divisionItself));
        given().queryParam("unit", jxj).get("/api/v1/tasks").then()
                .body("items.id", contains((int) namedWithParent, (int) divisionItself));
        given().queryParam("unit", other).get("/api/v1/tasks").then().body("totalItems", equalTo(1));
        given().queryParam("unit", 987654321).get("/api/v1/tasks").then().statusCode(400)
                .body("violations[0].field", equalTo("unit"));
    }

    @Test
    void shouldPageWithoutRepeatingOrSkippingRowsWhenSortKeysTie() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        for (int i = 1; i <= 25; i++) {
            Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", i, "content", "任务" + i,
                    "dueDate", "2023-12-31", "units", List.of(Api.lead(unit)))).statusCode(201);
        }
        List<Integer> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(given().queryParam("plan", plan).queryParam("sort", "dueDate").queryParam("size", 10)
                    .queryParam("page", page).get("/api/v1/tasks")
                    .then().statusCode(200).body("totalItems", equalTo(25)).body("totalPages", equalTo(3))
                    .extract().jsonPath().getList("items.id", Integer.class));
        }
        Set<Integer> distinct = new HashSet<>(seen);
        assertThat(seen).hasSize(25);
        assertThat(distinct).hasSize(25);
        assertThat(seen).isSorted();

        given().queryParam("plan", plan).queryParam("size", 10).queryParam("page", 1).get("/api/v1/tasks")
                .then().header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", containsString("page=2"));
        given().queryParam("plan", plan).queryParam("sort", "-ordinal").queryParam("size", 3).get("/api/v1/tasks")
                .then().body("items.ordinal", contains(25, 24, 23));
    }

    @Test
    void shouldRejectOversizePagesAndUnknownSortFieldsAndStatuses() {
        given().queryParam("page", "abc").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("page"));
        given().queryParam("plan", "x1").get("/api/v1/tasks").then().statusCode(400)
                .body("violations[0].field", equalTo("plan"));
        given().queryParam("page", 10737419).queryParam("size", 200).get("/api/v1/tasks").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
        given().queryParam("size", 201).get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("size"));
        given().queryParam("sort", "colour").get("/api/v1/tasks").then().statusCode(400)
                .body("violations[0].field", equalTo("sort")).body("violations[0].message", containsString("colour"));
        given().queryParam("status", "DONE").get("/api/v1/tasks").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        given().queryParam("updatedSince", "yesterday").get("/api/v1/tasks").then().statusCode(400)
                .body("violations[0].field", equalTo("updatedSince"));
    }

    @Test
    void shouldNameTheInvalidAssignment() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long foreign = Api.createUnit(Api.newRegion(), "市商务局", "MUNICIPAL_DEPARTMENT", null);
        Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", 1, "content", "任务",
                        "units", List.of(Api.lead(unit), Api.role(foreign, "CO_LEAD"), Api.role(unit, "SUPPORTING"),
                                Map.of("unitId", unit))))
                .statusCode(400)
                .body("violations.field", contains("units[3].role"));
        Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", 1, "content", "任务",
                        "units", List.of(Api.lead(unit), Api.role(foreign, "CO_LEAD"), Api.role(unit, "SUPPORTING"))))
                .statusCode(400)
                .body("violations.field", contains("units[1].unitId", "units[2].unitId"));
        Api.post("/api/v1/tasks", Map.of("planId", 99999999, "ordinal", 1, "content", "任务"))
                .statusCode(400).body("violations[0].field", equalTo("planId"));
    }

    @Test
    void shouldRefuseADuplicateOrdinalAndAStaleWrite() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long id = Api.createTask(plan, 1, "任务一", List.of());
        Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", 1, "content", "任务二")).statusCode(409);
        long otherPlan = Api.createPlan(region, 2024);
        given().contentType(Api.MERGE_PATCH).body("{\"planId\": " + otherPlan + "}").patch("/api/v1/tasks/" + id)
                .then().statusCode(409);

        String etag = given().get("/api/v1/tasks/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("planId", plan, "ordinal", 1, "content", "任务一（修订）"))
                .put("/api/v1/tasks/" + id).then().statusCode(200).header("ETag", not(equalTo(etag)));
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("planId", plan, "ordinal", 1, "content", "任务一（再次修订）"))
                .put("/api/v1/tasks/" + id).then().statusCode(412);
        given().get("/api/v1/tasks/" + id).then().body("content", equalTo("任务一（修订）"));
    }

    @Test
    void shouldFeedChangesSinceAnInstant() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long first = Api.createTask(plan, 1, "任务一", List.of());
        String since = given().get("/api/v1/tasks/" + first).then().extract().path("updatedAt");
        long second = Api.createTask(plan, 2, "任务二", List.of());
        given().queryParam("plan", plan).queryParam("updatedSince", since).queryParam("sort", "updatedAt")
                .get("/api/v1/tasks").then().body("items.id", contains((int) second));
    }

    @Test
    void shouldSearchContentAndUnitNames() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long unit = Api.createUnit(region, "市港航和口岸局", "MUNICIPAL_DEPARTMENT", null);
        long a = Api.createTask(plan, 1, "实现工业投资 500 亿元以上。", List.of());
        long b = Api.createTask(plan, 2, "推动国家惠企政策直达快享", List.of(Api.lead(unit)));
        given().queryParam("plan", plan).queryParam("q", "工业投资").get("/api/v1/tasks").then()
                .body("items.id", contains((int) a));
        given().queryParam("plan", plan).queryParam("q", "港航").get("/api/v1/tasks").then()
                .body("items.id", contains((int) b));
        given().queryParam("plan", plan).queryParam("q", "100%_").get("/api/v1/tasks").then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldKeepProgressReportsNewestFirst() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long task = Api.createTask(plan, 1, "争创全国千兆城市。", List.of());
        Api.post("/api/v1/tasks/" + task + "/progress-reports", Map.of(
                "period", Map.of("from", "2023-01-01", "to", "2023-06-30", "label", "上半年"),
                "narrative", "启动千兆城市建设。", "reportedAt", "2023-07-05T02:00:00Z")).statusCode(201);
        Api.post("/api/v1/tasks/" + task + "/progress-reports", Map.of(
                "period", Map.of("from", "2023-01-01", "to", "2023-12-31", "label", "全年"),
                "narrative", "完成千兆城市建设情况报告及有关申报材料。", "reportedAt", "2024-01-19T01:17:00Z"))
                .statusCode(201).header("Location", containsString("/progress-reports/"));
        given().get("/api/v1/tasks/" + task + "/progress-reports").then().statusCode(200)
                .body("items.period.label", contains("全年", "上半年"));
        Api.post("/api/v1/tasks/" + task + "/progress-reports", Map.of(
                "period", Map.of("from", "2023-12-31", "to", "2023-01-01"), "narrative", "倒置"))
                .statusCode(400).body("violations[0].field", equalTo("period.to"));
    }

    @Test
    void shouldRefuseToDeleteATaskWithSubItemsAndDeleteOtherwise() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long parent = Api.createTask(plan, 1, "总任务", List.of());
        long child = Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", 2, "content", "子任务",
                "parentId", parent)).statusCode(201).body("parentId", equalTo((int) parent))
                .extract().jsonPath().getLong("id");
        given().delete("/api/v1/tasks/" + parent).then().statusCode(409);
        given().delete("/api/v1/tasks/" + child).then().statusCode(204);
        given().delete("/api/v1/tasks/" + parent).then().statusCode(204);
        given().get("/api/v1/tasks/" + parent).then().statusCode(404);
    }
}
