package org.duban.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.duban.task.DueDateLights;
import org.junit.jupiter.api.Test;

/**
 * Nothing read from the read model (stored lights, representations rendered once per revision) is ever stale: a write
 * shows at once in every representation it changes, with a new ETag, and leaves the others' ETags alone.
 */
@QuarkusTest
class ReadModelTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    DueDateLights dueDateLights;

    record Fixture(long plan, long unit, long task, long indicator) {
    }

    private static Fixture taskWithOneIndicator(LocalDate dueDate) {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, TODAY.getYear());
        long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long task = Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", 1, "content", "实现工业投资500亿元以上",
                "dueDate", dueDate.toString(), "units", List.of(Api.lead(unit)))).statusCode(201)
                .extract().jsonPath().getLong("id");
        long indicator = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "工业投资", "kind", "LEVEL",
                "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Fixture(plan, unit, task, indicator);
    }

    /** The ETag and body of each representation a measurement changes. */
    private static Map<String, String[]> read(Fixture f) {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("task", "/api/v1/tasks/" + f.task());
        paths.put("tasks", "/api/v1/tasks?plan=" + f.plan());
        paths.put("indicator", "/api/v1/indicators/" + f.indicator());
        paths.put("indicators", "/api/v1/tasks/" + f.task() + "/indicators");
        paths.put("summary", "/api/v1/plans/" + f.plan() + "/summary");
        paths.put("scorecard", "/api/v1/units/" + f.unit() + "/scorecard?plan=" + f.plan());
        paths.put("ranking", "/api/v1/plans/" + f.plan() + "/unit-ranking");
        Map<String, String[]> read = new LinkedHashMap<>();
        paths.forEach((name, path) -> {
            var response = given().get(path).then().statusCode(200).extract();
            read.put(name, new String[] {response.header("ETag"), response.asString()});
        });
        var export = given().queryParam("format", "csv").get("/api/v1/plans/" + f.plan() + "/export").then()
                .statusCode(200).extract();
        read.put("export", new String[] {export.header("ETag"), export.asString()});
        return read;
    }

    @Test
    void shouldShowANewMeasurementEverywhereAtOnceWithNewETags() {
        Fixture f = taskWithOneIndicator(TODAY.plusYears(1));
        Map<String, String[]> before = read(f);
        assertThat(JsonPath.from(before.get("task")[1]).getString("light")).isEqualTo("GREY");

        Api.post("/api/v1/indicators/" + f.indicator() + "/measurements", Map.of("value", 300, "unit", "亿元",
                "status", "FINAL", "period", Map.of("from", TODAY.getYear() + "-01-01", "to", TODAY.getYear() + "-12-31")))
                .statusCode(201);

        Map<String, String[]> after = read(f);
        after.forEach((name, read) -> {
            assertThat(read[0]).as(name + " ETag").isNotNull().isNotEqualTo(before.get(name)[0]);
            assertThat(read[1]).as(name).isNotEqualTo(before.get(name)[1]);
        });
        JsonPath task = JsonPath.from(after.get("task")[1]);
        assertThat(task.getString("light")).isEqualTo("RED");
        assertThat(task.getString("lightReason")).isEqualTo("1项指标未完成");
        assertThat(JsonPath.from(after.get("tasks")[1]).getString("items[0].effectiveLight")).isEqualTo("RED");
        assertThat(JsonPath.from(after.get("indicator")[1]).getString("effectiveVerdict")).isEqualTo("NOT_MET");
        assertThat(JsonPath.from(after.get("indicators")[1]).getString("items[0].effectiveVerdict")).isEqualTo("NOT_MET");
        assertThat(JsonPath.from(after.get("summary")[1]).getInt("tasksByLight.RED")).isEqualTo(1);
        assertThat(JsonPath.from(after.get("summary")[1]).getInt("indicatorsByVerdict.NOT_MET")).isEqualTo(1);
        assertThat(JsonPath.from(after.get("scorecard")[1]).getInt("tasksByLight.RED")).isEqualTo(1);
        assertThat(after.get("export")[1]).contains("未完成");
        given().queryParam("plan", f.plan()).queryParam("light", "RED").get("/api/v1/tasks").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) f.task()));
        given().queryParam("plan", f.plan()).queryParam("light", "GREY").get("/api/v1/tasks").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldKeepTheETagOfAnUnchangedResourceAcrossAnUnrelatedWrite() {
        Fixture f = taskWithOneIndicator(TODAY.plusYears(1));
        String tag = given().get("/api/v1/tasks/" + f.task()).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", tag).get("/api/v1/tasks/" + f.task()).then().statusCode(304);

        Api.createUnit(Api.newRegion(), "市科技局", "MUNICIPAL_DEPARTMENT", null);

        given().header("If-None-Match", tag).get("/api/v1/tasks/" + f.task()).then().statusCode(304);
        given().get("/api/v1/tasks/" + f.task()).then().statusCode(200).header("ETag", equalTo(tag));
        // A write through the task's own representation is seen at once, and its old tag no longer matches.
        given().contentType(Api.MERGE_PATCH).body("{\"status\":\"IN_PROGRESS\"}").patch("/api/v1/tasks/" + f.task())
                .then().statusCode(200);
        given().header("If-None-Match", tag).get("/api/v1/tasks/" + f.task()).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void shouldServeEachAudienceOnlyWhatItMaySee() {
        String region = Api.newRegion();
        long internal = Api.createPlan(region, 2023, "INTERNAL", "内部任务清单");
        long task = Api.createTask(internal, 1, "内部任务", List.of());
        given().get("/api/v1/tasks/" + task).then().statusCode(200);
        Api.anonymous().get("/api/v1/tasks/" + task).then().statusCode(404);
        given().queryParam("plan", internal).get("/api/v1/tasks").then().statusCode(200).body("totalItems", equalTo(1));
        Api.anonymous().queryParam("plan", internal).get("/api/v1/tasks").then().statusCode(400);
    }

    @Test
    void shouldRecordAtMidnightTheLightOfATaskWhoseDueDatePassedWithoutData() {
        LocalDate due = TODAY.plusDays(10);
        Fixture f = taskWithOneIndicator(due);
        JsonPath before = given().get("/api/v1/tasks/" + f.task()).then().statusCode(200)
                .body("light", equalTo("GREY")).extract().jsonPath();
        LocalDate dayAfter = due.plusDays(1);

        assertThat(dueDateLights.recordPassedDueDates(dayAfter)).isGreaterThanOrEqualTo(1);

        JsonPath after = given().queryParam("asOf", dayAfter.toString()).get("/api/v1/tasks/" + f.task()).then()
                .statusCode(200)
                .body("light", equalTo("YELLOW"))
                .body("lightReason", equalTo("1项指标已过完成时限" + due + "仍无数据"))
                .extract().jsonPath();
        assertThat(after.getString("updatedAt")).isNotEqualTo(before.getString("updatedAt"));
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
        given().get("/api/v1/tasks/" + f.task() + "/history").then().statusCode(200)
                .body("items[0].actor", equalTo("system"))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].before.light", equalTo("GREY"))
                .body("items[0].after.light", equalTo("YELLOW"));
        given().queryParam("plan", f.plan()).queryParam("light", "YELLOW").queryParam("asOf", dayAfter.toString())
                .get("/api/v1/tasks").then().statusCode(200).body("items.id", contains((int) f.task()));
        given().queryParam("updatedSince", before.getString("updatedAt")).queryParam("plan", f.plan())
                .get("/api/v1/tasks").then().statusCode(200).body("items.id", contains((int) f.task()));
        // Recorded once: a second run finds nothing left for this task.
        dueDateLights.recordPassedDueDates(dayAfter);
        given().get("/api/v1/tasks/" + f.task() + "/history").then()
                .body("items.findAll { it.actor == 'system' }.size()", equalTo(1));
        // The write after the job leaves the If-Match of a client that read the task after it valid.
        String tag = given().get("/api/v1/tasks/" + f.task()).then().extract().header("ETag");
        given().contentType(Api.MERGE_PATCH).header("If-Match", tag).body("{\"status\":\"IN_PROGRESS\"}")
                .patch("/api/v1/tasks/" + f.task()).then().statusCode(200)
                .body("status", containsString("IN_PROGRESS"));
    }
}
