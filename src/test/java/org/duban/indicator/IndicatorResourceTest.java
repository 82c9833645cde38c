package org.duban.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest {

    private long task;

    @BeforeEach
    void createTask() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        task = Api.createTask(plan, 8, "推动国家惠企政策直达快享,全年为企业减负50亿元以上。", List.of());
    }

    private long createIndicator() {
        return Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "为企业减负", "kind", "LEVEL",
                        "target", Map.of("comparator", "GTE", "value", 50, "unit", "亿元"),
                        "sourceText", "全年为企业减负50亿元以上"))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> measurement(String value, String status) {
        return Map.of("value", new java.math.BigDecimal(value), "unit", "亿元", "status", status,
                "period", Map.of("from", "2023-01-01", "to", "2023-11-30", "label", "1-11月"));
    }

    @Test
    void shouldCreateAnIndicatorWithDefaultsAndThePlanYearAsTargetPeriod() {
        Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "为企业减负", "kind", "LEVEL",
                        "target", Map.of("comparator", "GTE", "value", 50, "unit", "亿元")))
                .statusCode(201)
                .header("Location", containsString("/api/v1/indicators/"))
                .body("accumulation", equalTo("CUMULATIVE"))
                .body("direction", equalTo("ASCENDING"))
                .body("commitment", equalTo("FIRM"))
                .body("target.period.from", equalTo("2023-01-01"))
                .body("target.period.to", equalTo("2023-12-31"))
                .body("target.normalizedValue", equalTo(5000000000L))
                .body("latestMeasurement", nullValue());
    }

    @Test
    void shouldKeepDecimalsExact() {
        long id = createIndicator();
        String body = Api.post("/api/v1/indicators/" + id + "/measurements", Map.of("value", new java.math.BigDecimal("20.26"),
                        "unit", "亿元", "status", "FINAL",
                        "period", Map.of("from", "2023-01-01", "to", "2023-12-31", "label", "截至12月底")))
                .statusCode(201).extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).contains("\"value\":20.26,").contains("\"normalizedValue\":2026000000");
        String read = given().get("/api/v1/indicators/" + id).then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(read).contains("\"value\":20.26,").doesNotContain("20.260");
    }

    @Test
    void shouldAnswerTheSameMeasurementTwiceWithoutADuplicate() {
        long id = createIndicator();
        long first = Api.post("/api/v1/indicators/" + id + "/measurements", measurement("51.5", "FINAL"))
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.post("/api/v1/indicators/" + id + "/measurements", measurement("51.50", "FINAL"))
                .statusCode(200).body("id", equalTo((int) first));
        Api.post("/api/v1/indicators/" + id + "/measurements", measurement("52", "FINAL"))
                .statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/indicators/" + id + "/measurements").then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldShowTheMeasurementThatCounts() {
        long id = createIndicator();
        Api.post("/api/v1/indicators/" + id + "/measurements", measurement("40", "FINAL")).statusCode(201);
        Api.post("/api/v1/indicators/" + id + "/measurements", measurement("41", "ESTIMATED")).statusCode(201);
        given().get("/api/v1/indicators/" + id).then().body("latestMeasurement.value", equalTo(40))
                .body("latestMeasurement.status", equalTo("FINAL"));
        long yearEnd = Api.post("/api/v1/indicators/" + id + "/measurements", Map.of("value", 51.5, "unit", "亿元",
                        "status", "ESTIMATED", "qualifier", "GTE",
                        "period", Map.of("from", "2023-01-01", "to", "2023-12-31", "label", "全年")))
                .statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/v1/tasks/" + task + "/indicators").then().statusCode(200)
                .body("items[0].latestMeasurement.id", equalTo((int) yearEnd))
                .body("items[0].latestMeasurement.qualifier", equalTo("GTE"));
        given().delete("/api/v1/measurements/" + yearEnd).then().statusCode(204);
        given().get("/api/v1/indicators/" + id).then().body("latestMeasurement.value", equalTo(40));
    }

    @Test
    void shouldRejectAMeasurementWhoseUnitCannotBeComparedWithTheTarget() {
        long id = createIndicator();
        Api.post("/api/v1/indicators/" + id + "/measurements", Map.of("value", 230, "unit", "家", "status", "FINAL",
                        "period", Map.of("from", "2023-01-01", "to", "2023-12-31")))
                .statusCode(400).body("violations[0].field", equalTo("unit"));
        Api.post("/api/v1/indicators/" + id + "/measurements", Map.of("value", 515000, "unit", "万元", "status", "FINAL",
                        "period", Map.of("from", "2023-01-01", "to", "2023-12-31")))
                .statusCode(201).body("normalizedValue", equalTo(5150000000L));
    }

    @Test
    void shouldRejectOutOfRangeNumbersAndMissingPeriods() {
        long id = createIndicator();
        Api.post("/api/v1/indicators/" + id + "/measurements", Map.of("value", new java.math.BigDecimal("1e40"),
                        "unit", "亿元", "status", "FINAL", "period", Map.of("from", "2023-01-01", "to", "2023-12-31")))
                .statusCode(400).body("violations[0].field", equalTo("value"));
        Api.post("/api/v1/indicators/" + id + "/measurements", Map.of("value", 1, "unit", "亿元", "status", "FINAL"))
                .statusCode(400).body("violations[0].field", equalTo("period"));
        Api.post("/api/v1/indicators/" + id + "/measurements", Map.of("value", 1, "unit", "亿元", "status", "FINAL",
                        "period", Map.of("from", "2023-13-01", "to", "2023-12-31")))
                .statusCode(400).body("violations[0].field", equalTo("period.from"));
    }

    @Test
    void shouldUpdatePatchAndDeleteAnIndicator() {
        long id = createIndicator();
        String etag = given().get("/api/v1/indicators/" + id).then().extract().header("ETag");
        given().contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body("{\"commitment\":\"STRETCH\",\"target\":{\"value\":55.5}}")
                .patch("/api/v1/indicators/" + id)
                .then().statusCode(200).body("commitment", equalTo("STRETCH")).body("target.value", equalTo(55.5f))
                .body("target.unit", equalTo("亿元"));
        given().contentType(Api.MERGE_PATCH).header("If-Match", etag).body("{\"name\":\"减负\"}")
                .patch("/api/v1/indicators/" + id).then().statusCode(412);
        given().contentType(Api.MERGE_PATCH).body("{\"target\":null}").patch("/api/v1/indicators/" + id)
                .then().statusCode(200).body("target", nullValue());
        given().delete("/api/v1/indicators/" + id).then().statusCode(204);
        given().get("/api/v1/indicators/" + id).then().statusCode(404);
    }
}
