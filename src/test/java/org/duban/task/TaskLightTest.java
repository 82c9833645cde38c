package org.duban.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.duban.support.Api;
import org.duban.support.SeedPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every task carries its computed light as of a date; an editor's override stands beside it. */
@QuarkusTest
class TaskLightTest {

    /** Shared by the tests that only read it; a test that writes builds its own. */
    private static SeedPlan seed;

    @BeforeEach
    void createSeedOnce() {
        if (seed == null) {
            seed = new SeedPlan();
        }
    }

    @Test
    void shouldLightEveryTaskOfTheListBeforeTheDueDate() {
        given().queryParam("plan", seed.plan).queryParam("asOf", "2023-12-15").get("/api/v1/tasks").then()
                .statusCode(200)
                .body("items.ordinal", contains(3, 4, 6, 8, 9, 11, 12, 13))
                .body("items.light", contains("GREEN", "GREEN", "GREY", "GREEN", "GREEN", "GREY", "GREY", "RED"))
                .body("items.effectiveLight", contains("GREEN", "GREEN", "GREY", "GREEN", "GREEN", "GREY", "GREY", "RED"))
                .body("items[0].lightAsOf", equalTo("2023-12-15"))
                .body("items[2].lightReason", equalTo("暂无可判断的指标：1项指标暂无数据且未过完成时限"))
                .body("items[6].lightReason", equalTo("暂无指标，无从判断"))
                .body("items[7].lightReason", equalTo("1项指标未完成"));
    }

    @Test
    void shouldTurnNoDataYellowAfterTheDueDate() {
        given().queryParam("asOf", "2024-01-19").get("/api/v1/tasks/" + seed.task(6)).then().statusCode(200)
                .body("light", equalTo("YELLOW"))
                .body("lightReason", equalTo("1项指标已过完成时限2023-12-31仍无数据"))
                .body("lightAsOf", equalTo("2024-01-19"));
        given().queryParam("asOf", "2023-12-31").get("/api/v1/tasks/" + seed.task(6)).then()
                .body("light", equalTo("GREY"));
    }

    @Test
    void shouldComputeLightsAsOfTodayInShanghaiByDefault() {
        given().get("/api/v1/tasks/" + seed.task(8)).then().statusCode(200)
                .body("light", equalTo("GREEN"))
                .body("lightAsOf", equalTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
    }

    @Test
    void shouldRejectABadAsOfOrLightNamingTheParameter() {
        given().queryParam("asOf", "2023-13-01").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("asOf"));
        given().queryParam("light", "BLUE").get("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("light"));
        given().queryParam("asOf", "yesterday").get("/api/v1/tasks/" + seed.task(3)).then().statusCode(400)
                .body("violations[0].field", equalTo("asOf"));
    }

    @Test
    void shouldFilterByLightWithExactTotalsAndPages() {
        given().queryParam("plan", seed.plan).queryParam("asOf", "2023-12-15").queryParam("light", "GREEN")
                .queryParam("size", 3).get("/api/v1/tasks").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("totalPages", equalTo(2))
                .body("items.ordinal", contains(3, 4, 8))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("plan", seed.plan).queryParam("asOf", "2023-12-15").queryParam("light", "green")
                .queryParam("size", 3).queryParam("page", 1).get("/api/v1/tasks").then()
                .body("totalItems", equalTo(4)).body("items.ordinal", contains(9));
        given().queryParam("plan", seed.plan).queryParam("asOf", "2024-01-19").queryParam("light", "YELLOW")
                .get("/api/v1/tasks").then().body("totalItems", equalTo(1)).body("items.ordinal", contains(6));
        given().queryParam("plan", seed.plan).queryParam("asOf", "2023-12-15").queryParam("light", "GREY")
                .queryParam("sort", "-ordinal").get("/api/v1/tasks").then()
                .body("totalItems", equalTo(3)).body("items.ordinal", contains(12, 11, 6));
        given().queryParam("plan", seed.plan).queryParam("unit", seed.unit("市发改委")).queryParam("light", "RED")
                .get("/api/v1/tasks").then().body("totalItems", equalTo(1)).body("items.ordinal", contains(13));
        given().queryParam("plan", seed.plan).queryParam("light", "RED").queryParam("q", "减负")
                .get("/api/v1/tasks").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldKeepTheOverrideBesideTheComputedLight() {
        SeedPlan own = new SeedPlan();
        long task = own.task(13);
        String etag = given().get("/api/v1/tasks/" + task).then().extract().header("ETag");
        // The override is set by the supervision office's system: its name is the one kept.
        Api.bearer(Api.createNamedApiKey("市督考办", "editor")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("light", "YELLOW", "reason", "已新增57家，另有5家待省统计局审核入库", "setBy", "市督考办"))
                .put("/api/v1/tasks/" + task + "/light-override").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("light", equalTo("RED"))
                .body("lightReason", equalTo("1项指标未完成"))
                .body("lightOverride.light", equalTo("YELLOW"))
                .body("lightOverride.reason", equalTo("已新增57家，另有5家待省统计局审核入库"))
                .body("lightOverride.setBy", equalTo("市督考办"))
                .body("lightOverride.setAt", notNullValue())
                .body("effectiveLight", equalTo("YELLOW"));
        given().queryParam("plan", own.plan).queryParam("light", "YELLOW").queryParam("asOf", "2023-12-15")
                .get("/api/v1/tasks").then().body("items.ordinal", contains(13));
        given().queryParam("plan", own.plan).queryParam("light", "RED").queryParam("asOf", "2023-12-15")
                .get("/api/v1/tasks").then().body("totalItems", equalTo(0));

        // The old tag no longer names the task.
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("light", "GREEN", "reason", "理由"))
                .put("/api/v1/tasks/" + task + "/light-override").then().statusCode(412);

        given().delete("/api/v1/tasks/" + task + "/light-override").then().statusCode(204);
        given().get("/api/v1/tasks/" + task).then()
                .body("lightOverride", nullValue()).body("effectiveLight", equalTo("RED"));
        given().delete("/api/v1/tasks/" + task + "/light-override").then().statusCode(204);
    }

    @Test
    void shouldRejectAnOverrideWithoutReasonOrWithAnUnknownLight() {
        long task = seed.task(3);
        given().contentType(ContentType.JSON).body(Map.of("light", "RED"))
                .put("/api/v1/tasks/" + task + "/light-override").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body(Map.of("light", "BLUE", "reason", "理由"))
                .put("/api/v1/tasks/" + task + "/light-override").then().statusCode(400)
                .body("violations[0].field", equalTo("light"));
        given().contentType(ContentType.JSON).body(Map.of("light", "RED", "reason", "理由"))
                .put("/api/v1/tasks/999999999/light-override").then().statusCode(404);
        given().get("/api/v1/tasks/" + task).then().body("lightOverride", nullValue());
    }
}
