package org.duban.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.duban.support.SeedPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Plan summaries, unit scorecards and rankings agree with the verdicts and lights of the items they count. */
@QuarkusTest
class ReportingResourceTest {

    /** Shared by the tests that only read it; a test that writes builds its own. */
    private static SeedPlan seed;

    @BeforeEach
    void createSeedOnce() {
        if (seed == null) {
            seed = new SeedPlan();
        }
    }

    @Test
    void shouldSummariseAPlanWithEveryKeyAndZeros() {
        given().queryParam("asOf", "2023-12-15").get("/api/v1/plans/" + seed.plan + "/summary").then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("planId", equalTo((int) seed.plan))
                .body("title", equalTo("2023年市政府工作报告完成情况表"))
                .body("asOf", equalTo("2023-12-15"))
                .body("totalTasks", equalTo(8))
                .body("tasksByStatus", equalTo(Map.of("NOT_STARTED", 0, "IN_PROGRESS", 8, "COMPLETED", 0,
                        "DELAYED", 0, "CANCELLED", 0)))
                .body("tasksByLight", equalTo(Map.of("GREEN", 4, "YELLOW", 0, "RED", 1, "GREY", 3)))
                .body("totalIndicators", equalTo(8))
                .body("indicatorsByVerdict", equalTo(Map.of("MET", 1, "EXCEEDED", 1, "LIKELY_MET", 2,
                        "LIKELY_NOT_MET", 0, "ON_TRACK", 1, "AT_RISK", 0, "OFF_TRACK", 0, "NOT_MET", 1, "NO_DATA", 1,
                        "NOT_ASSESSABLE", 1)))
                .body("shareMet", equalTo(0.3333f))
                .body("leadUnits", equalTo(5))
                .body("$", not(hasKey("units")));
    }

    @Test
    void shouldListThePlansLeadUnitsInTheirOrderAPageAtATime() {
        given().queryParam("asOf", "2023-12-15").get("/api/v1/plans/" + seed.plan + "/units").then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("totalItems", equalTo(5))
                .body("items.name", contains("市经信局", "定海区政府", "市发改委", "市市场监管局", "市商务局"))
                .body("items[0].tasksLed", equalTo(7))
                .body("items[0].tasksCoLed", equalTo(0))
                .body("items[0].tasksByLight", equalTo(Map.of("GREEN", 4, "YELLOW", 0, "RED", 0, "GREY", 3)))
                .body("items[0].shareMet", equalTo(0.4f))
                .body("items[2].tasksLed", equalTo(1))
                .body("items[2].tasksCoLed", equalTo(1))
                .body("items[2].indicatorsByVerdict.NOT_MET", equalTo(1))
                .body("items[4].shareMet", nullValue());
        given().queryParam("asOf", "2023-12-15").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/plans/" + seed.plan + "/units").then()
                .statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .body("items.name", contains("市发改委", "市市场监管局"))
                .body("totalPages", equalTo(3));
        given().get("/api/v1/plans/999999999/units").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldCountWhatTheItemsThemselvesSay() {
        String asOf = "2024-01-19";
        JsonPath summary = given().queryParam("asOf", asOf).get("/api/v1/plans/" + seed.plan + "/summary").then()
                .statusCode(200).extract().jsonPath();
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Map<Light, Integer> lights = new EnumMap<>(Light.class);
        for (long task : seed.tasks.values()) {
            lights.merge(Light.valueOf(given().queryParam("asOf", asOf).get("/api/v1/tasks/" + task).then()
                    .extract().jsonPath().getString("effectiveLight")), 1, Integer::sum);
            List<String> effective = given().get("/api/v1/tasks/" + task + "/indicators").then().extract().jsonPath()
                    .getList("items.effectiveVerdict");
            effective.forEach(v -> verdicts.merge(Verdict.valueOf(v), 1, Integer::sum));
        }
        for (Verdict v : Verdict.values()) {
            assertThat(summary.getInt("indicatorsByVerdict." + v)).as(v.name()).isEqualTo(verdicts.getOrDefault(v, 0));
        }
        for (Light l : Light.values()) {
            assertThat(summary.getInt("tasksByLight." + l)).as(l.name()).isEqualTo(lights.getOrDefault(l, 0));
        }
        assertThat(summary.getInt("tasksByLight.YELLOW")).isEqualTo(1);
    }

    @Test
    void shouldCountEffectiveVerdictsAndLightsOnceAPersonDecides() {
        SeedPlan own = new SeedPlan();
        given().contentType(ContentType.JSON).body(Map.of("verdict", "MET", "reason", "舟山市已获评全国千兆城市"))
                .put("/api/v1/indicators/" + own.indicator("千兆城市") + "/manual-verdict").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("light", "YELLOW", "reason", "待省统计局审核"))
                .put("/api/v1/tasks/" + own.task(13) + "/light-override").then().statusCode(200);
        given().queryParam("asOf", "2023-12-15").get("/api/v1/plans/" + own.plan + "/summary").then()
                .body("indicatorsByVerdict.MET", equalTo(2))
                .body("indicatorsByVerdict.NOT_ASSESSABLE", equalTo(0))
                .body("shareMet", equalTo(0.4286f))
                .body("tasksByLight", equalTo(Map.of("GREEN", 5, "YELLOW", 1, "RED", 0, "GREY", 2)));
    }

    @Test
    void shouldAnswerNotModifiedWhileTheSummaryIsTheSame() {
        String etag = given().queryParam("asOf", "2023-12-15").get("/api/v1/plans/" + seed.plan + "/summary").then()
                .extract().header("ETag");
        given().queryParam("asOf", "2023-12-15").header("If-None-Match", etag)
                .get("/api/v1/plans/" + seed.plan + "/summary").then().statusCode(304);
        given().queryParam("asOf", "2024-01-19").header("If-None-Match", etag)
                .get("/api/v1/plans/" + seed.plan + "/summary").then().statusCode(200);
        String scorecard = given().queryParam("plan", seed.plan).queryParam("asOf", "2023-12-15")
                .get("/api/v1/units/" + seed.unit("市发改委") + "/scorecard").then().extract().header("ETag");
        given().queryParam("plan", seed.plan).queryParam("asOf", "2023-12-15").header("If-None-Match", scorecard)
                .get("/api/v1/units/" + seed.unit("市发改委") + "/scorecard").then().statusCode(304);
    }

    @Test
    void shouldScoreAUnitByRole() {
        given().queryParam("plan", seed.plan).queryParam("asOf", "2023-12-15")
                .get("/api/v1/units/" + seed.unit("市发改委") + "/scorecard").then().statusCode(200)
                .body("unitId", equalTo((int) seed.unit("市发改委")))
                .body("name", equalTo("市发改委"))
                .body("planId", equalTo((int) seed.plan))
                .body("tasksLed", equalTo(1))
                .body("tasksCoLed", equalTo(1))
                .body("tasksSupporting", equalTo(0))
                .body("tasksByLight", equalTo(Map.of("GREEN", 1, "YELLOW", 0, "RED", 1, "GREY", 0)))
                .body("indicatorsByVerdict.MET", equalTo(1))
                .body("indicatorsByVerdict.NOT_MET", equalTo(1))
                .body("shareMet", equalTo(0.5f));
        given().queryParam("plan", seed.plan).get("/api/v1/units/" + seed.unit("市税务局") + "/scorecard").then()
                .statusCode(200)
                .body("tasksLed", equalTo(0)).body("tasksSupporting", equalTo(1))
                .body("tasksByLight", equalTo(Map.of("GREEN", 0, "YELLOW", 0, "RED", 0, "GREY", 0)))
                .body("shareMet", nullValue());
    }

    @Test
    void shouldRefuseAScorecardWithoutAPlanOfTheUnitsRegion() {
        given().get("/api/v1/units/" + seed.unit("市发改委") + "/scorecard").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("plan"));
        given().queryParam("plan", 999999999).get("/api/v1/units/" + seed.unit("市发改委") + "/scorecard").then()
                .statusCode(400).body("violations[0].field", equalTo("plan"));
        SeedPlan other = new SeedPlan();
        given().queryParam("plan", other.plan).get("/api/v1/units/" + seed.unit("市发改委") + "/scorecard").then()
                .statusCode(400).body("violations[0].field", equalTo("plan"));
        given().queryParam("plan", seed.plan).get("/api/v1/units/999999999/scorecard").then().statusCode(404);
        given().get("/api/v1/plans/999999999/summary").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("asOf", "2023-02-30").get("/api/v1/plans/" + seed.plan + "/summary").then()
                .statusCode(400).body("violations[0].field", equalTo("asOf"));
    }

    @Test
    void shouldRankUnitsByShareMetThenRedTasks() {
        given().queryParam("asOf", "2023-12-15").get("/api/v1/plans/" + seed.plan + "/unit-ranking").then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("totalItems", equalTo(5))
                .body("items.name", contains("市市场监管局", "市发改委", "市经信局", "定海区政府", "市商务局"))
                .body("items.rank", contains(1, 2, 3, 4, 5))
                .body("items[0].shareMet", equalTo(1))
                .body("items[1].shareMet", equalTo(0.5f))
                .body("items[1].redTasks", equalTo(1))
                .body("items[1].metIndicators", equalTo(1))
                .body("items[1].assessedIndicators", equalTo(2))
                .body("items[4].shareMet", nullValue());
        given().queryParam("asOf", "2023-12-15").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/plans/" + seed.plan + "/unit-ranking").then()
                .body("items.rank", contains(3, 4)).body("totalPages", equalTo(3));
    }

    @Test
    void shouldShareARankBetweenEqualUnits() {
        SeedPlan own = new SeedPlan();
        // 市商务局 and a new lead unit of a task without indicators: neither has a judged indicator, a red or a yellow
        // task, so they tie and share the last rank, listed by name.
        long unit = org.duban.support.Api.createUnit(own.region, "市科技局", "MUNICIPAL_DEPARTMENT", null);
        org.duban.support.Api.post("/api/v1/tasks", Map.of("planId", own.plan, "ordinal", 20, "content", "科技创新。",
                "dueDate", "2023-12-31", "units", List.of(org.duban.support.Api.lead(unit)))).statusCode(201);
        given().queryParam("asOf", "2023-12-15").get("/api/v1/plans/" + own.plan + "/unit-ranking").then()
                .body("items.name", contains("市市场监管局", "市发改委", "市经信局", "定海区政府", "市商务局", "市科技局"))
                .body("items.rank", contains(1, 2, 3, 4, 5, 5));
    }
}
