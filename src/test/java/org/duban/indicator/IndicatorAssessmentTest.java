package org.duban.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.duban.support.SeedPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every indicator response carries its computed assessment; a person's verdict goes beside it, never in its place. */
@QuarkusTest
class IndicatorAssessmentTest {

    /** Shared by the tests that only read it; a test that writes builds its own. */
    private static SeedPlan seed;

    @BeforeEach
    void createSeedOnce() {
        if (seed == null) {
            seed = new SeedPlan();
        }
    }

    @Test
    void shouldJudgeAPartialCumulativeActualThatAlreadyMeetsTheYearTarget() {
        given().get("/api/v1/indicators/" + seed.indicator("为企业减负")).then().statusCode(200)
                .body("assessment.verdict", equalTo("MET"))
                .body("assessment.ratio", equalTo(1.03f))
                .body("assessment.expectedByNow", equalTo(45.8333f))
                .body("assessment.rule", equalTo("PARTIAL_CUMULATIVE"))
                .body("assessment.basedOnMeasurementId", equalTo(seed.measurements.get("为企业减负").intValue()))
                .body("assessment.explanation", containsString("103%"))
                .body("manualVerdict", nullValue())
                .body("effectiveVerdict", equalTo("MET"));
    }

    @Test
    void shouldJudgeAnEstimatedWholeYearActualAsLikelyMet() {
        given().get("/api/v1/indicators/" + seed.indicator("工业投资")).then().statusCode(200)
                .body("assessment.verdict", equalTo("LIKELY_MET"))
                .body("assessment.ratio", equalTo(1.02f))
                .body("assessment.expectedByNow", nullValue())
                .body("assessment.rule", equalTo("WHOLE_PERIOD"))
                .body("assessment.explanation", equalTo("预计1-12月完成510亿元以上，达到全年目标500亿元，完成率102%（预计值）"))
                .body("latestMeasurement.qualifier", equalTo("GTE"));
    }

    @Test
    void shouldJudgeAPartialGrowthRateAgainstTheFullTarget() {
        given().get("/api/v1/indicators/" + seed.indicator("规上工业增加值")).then().statusCode(200)
                .body("assessment.verdict", equalTo("ON_TRACK"))
                .body("assessment.rule", equalTo("PARTIAL_POINT_IN_TIME"))
                .body("assessment.explanation", equalTo("1-11月增长17.3%，高于全年目标10%，按序时判断进度正常"));
    }

    @Test
    void shouldJudgeACountAboveTheTargetAsExceededAndAMissAsNotMet() {
        given().get("/api/v1/indicators/" + seed.indicator("新增个转企")).then().statusCode(200)
                .body("assessment.verdict", equalTo("EXCEEDED"))
                .body("assessment.ratio", equalTo(1.15f));
        given().get("/api/v1/indicators/" + seed.indicator("新增规上工业企业")).then().statusCode(200)
                .body("assessment.verdict", equalTo("NOT_MET"))
                .body("effectiveVerdict", equalTo("NOT_MET"));
    }

    @Test
    void shouldSayNoDataWithoutMeasurementsAndNotAssessableForAMilestone() {
        given().get("/api/v1/indicators/" + seed.indicator("数字经济核心产业增加值")).then().statusCode(200)
                .body("assessment.verdict", equalTo("NO_DATA"))
                .body("assessment.rule", equalTo("NO_MEASUREMENT"))
                .body("assessment.explanation", equalTo("暂无完成数据"))
                .body("assessment.basedOnMeasurementId", nullValue());
        given().get("/api/v1/tasks/" + seed.task(4) + "/indicators").then().statusCode(200)
                .body("items.assessment.verdict", equalTo(List.of("ON_TRACK", "LIKELY_MET")));
    }

    @Test
    void shouldKeepAPersonsVerdictBesideTheComputedOneForAMilestone() {
        SeedPlan own = new SeedPlan();
        long milestone = own.indicator("千兆城市");
        given().get("/api/v1/indicators/" + milestone).then()
                .body("assessment.verdict", equalTo("NOT_ASSESSABLE"))
                .body("assessment.rule", equalTo("NOT_ASSESSABLE_KIND"))
                .body("effectiveVerdict", equalTo("NOT_ASSESSABLE"));

        // The verdict is recorded by the system the unit signs in with: its name is the one kept.
        Api.bearer(Api.createNamedApiKey("市经信局", "editor")).contentType(ContentType.JSON)
                .body(Map.of("verdict", "MET", "reason", "舟山市已获评全国千兆城市", "setBy", "市经信局"))
                .put("/api/v1/indicators/" + milestone + "/manual-verdict").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("assessment.verdict", equalTo("NOT_ASSESSABLE"))
                .body("manualVerdict.verdict", equalTo("MET"))
                .body("manualVerdict.reason", equalTo("舟山市已获评全国千兆城市"))
                .body("manualVerdict.setBy", equalTo("市经信局"))
                .body("manualVerdict.setAt", notNullValue())
                .body("effectiveVerdict", equalTo("MET"));
        given().get("/api/v1/tasks/" + own.task(11) + "/indicators?verdict=MET").then()
                .body("totalItems", equalTo(1));
        given().get("/api/v1/tasks/" + own.task(11)).then().body("light", equalTo("GREEN"));

        given().delete("/api/v1/indicators/" + milestone + "/manual-verdict").then().statusCode(204);
        given().delete("/api/v1/indicators/" + milestone + "/manual-verdict").then().statusCode(204);
        given().get("/api/v1/indicators/" + milestone).then()
                .body("manualVerdict", nullValue())
                .body("effectiveVerdict", equalTo("NOT_ASSESSABLE"));
    }

    @Test
    void shouldRecordTheSignedInCallerAndRefuseAnonymousVerdicts() {
        SeedPlan own = new SeedPlan();
        Api.anonymous().contentType(ContentType.JSON).body(Map.of("verdict", "ON_TRACK", "reason", "已通过省级初审"))
                .put("/api/v1/indicators/" + own.indicator("千兆城市") + "/manual-verdict").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("verdict", "ON_TRACK", "reason", "已通过省级初审",
                        "setBy", "冒名者"))
                .put("/api/v1/indicators/" + own.indicator("千兆城市") + "/manual-verdict").then().statusCode(200)
                .body("manualVerdict.setBy", equalTo(Api.ADMIN));
    }

    @Test
    void shouldRefuseAManualVerdictWhereTheRulesJudge() {
        given().contentType(ContentType.JSON).body(Map.of("verdict", "MET", "reason", "已完成"))
                .put("/api/v1/indicators/" + seed.indicator("数字经济核心产业增加值") + "/manual-verdict").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("NO_DATA"));
        given().get("/api/v1/indicators/" + seed.indicator("数字经济核心产业增加值")).then()
                .body("manualVerdict", nullValue());
    }

    @Test
    void shouldRejectManualVerdictsThatAreNotJudgementsOrHaveNoReason() {
        long milestone = seed.indicator("千兆城市");
        given().contentType(ContentType.JSON).body(Map.of("verdict", "NO_DATA", "reason", "无"))
                .put("/api/v1/indicators/" + milestone + "/manual-verdict").then().statusCode(400)
                .body("violations[0].field", equalTo("verdict"));
        given().contentType(ContentType.JSON).body(Map.of("verdict", "MET"))
                .put("/api/v1/indicators/" + milestone + "/manual-verdict").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("verdict", "GOOD", "reason", "好"))
                .put("/api/v1/indicators/" + milestone + "/manual-verdict").then().statusCode(400)
                .body("violations[0].field", equalTo("verdict"));
        given().contentType(ContentType.JSON).header("If-Match", "\"stale\"")
                .body(Map.of("verdict", "MET", "reason", "已获批"))
                .put("/api/v1/indicators/" + milestone + "/manual-verdict").then().statusCode(412);
        given().contentType(ContentType.JSON).body(Map.of("verdict", "MET", "reason", "已获批"))
                .put("/api/v1/indicators/999999999/manual-verdict").then().statusCode(404);
    }

    @Test
    void shouldFilterATasksIndicatorsByEffectiveVerdictWithExactTotals() {
        long task = seed.task(4);
        given().queryParam("verdict", "LIKELY_MET").get("/api/v1/tasks/" + task + "/indicators").then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].name", equalTo("技改投资"));
        given().queryParam("verdict", "ON_TRACK").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/tasks/" + task + "/indicators").then()
                .body("totalItems", equalTo(1)).body("totalPages", equalTo(1)).body("items.size()", equalTo(0));
        given().queryParam("verdict", "met").get("/api/v1/tasks/" + task + "/indicators").then()
                .body("totalItems", equalTo(0));
        given().queryParam("verdict", "DONE").get("/api/v1/tasks/" + task + "/indicators").then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("verdict"));
    }

    @Test
    void shouldChangeTheEntityTagWhenAMeasurementChangesTheVerdict() {
        SeedPlan own = new SeedPlan();
        long id = own.indicator("数字经济核心产业增加值");
        String before = given().get("/api/v1/indicators/" + id).then().extract().header("ETag");
        Api.post("/api/v1/indicators/" + id + "/measurements", Map.of("value", 8, "unit", "%", "status", "FINAL",
                "period", Map.of("from", "2023-01-01", "to", "2023-12-31", "label", "全年"))).statusCode(201);
        given().header("If-None-Match", before).get("/api/v1/indicators/" + id).then().statusCode(200)
                .body("assessment.verdict", equalTo("NOT_MET"));
    }
}
