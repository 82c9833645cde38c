package org.duban.consistency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Inputs the OpenAPI fuzzer ({@code OpenApiFuzzIT}) once answered with a 5xx, each kept as a regression test. */
@QuarkusTest
class HostileInputTest {

    @Test
    void shouldRefuseAMultipartBodyCutShortWithA400() {
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)))
                .contentType("multipart/form-data; boundary=x").body("--x\r\nContent-Disposition: form-data; name=\"fi")
                .queryParam("region", "舟山市")
                .post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://duban.dev/problems/unreadable-body"));
    }

    @Test
    void shouldRefuseNulAndUnpairedSurrogatesInJsonWithA400NamingTheField() {
        given().contentType("application/json; charset=UTF-8")
                .body("{\"name\":\"市经信局\\u0000\",\"region\":\"舟山市\",\"kind\":\"OTHER\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
        given().contentType("application/json; charset=UTF-8")
                .body("{\"name\":\"x\\ud800y\",\"region\":\"舟山市\",\"kind\":\"OTHER\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void shouldRefuseANulInAQueryParameterWithA400NamingIt() {
        given().urlEncodingEnabled(false).get("/api/v1/units?q=%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("q"));
    }

    @Test
    void shouldDeleteAnIndicatorTogetherWithItsMeasurements() {
        long plan = org.duban.support.Api.createPlan(org.duban.support.Api.newRegion(), 2023);
        long task = org.duban.support.Api.createTask(plan, 1, "扩大有效投资", java.util.List.of());
        long indicator = org.duban.support.Api.post("/api/v1/tasks/" + task + "/indicators",
                java.util.Map.of("name", "工业投资", "kind", "LEVEL")).statusCode(201).extract().jsonPath().getLong("id");
        org.duban.support.Api.post("/api/v1/indicators/" + indicator + "/measurements", java.util.Map.of("value", 1,
                "unit", "亿元", "status", "FINAL", "period", java.util.Map.of("from", "2023-01-01", "to", "2023-06-30")))
                .statusCode(201);

        given().delete("/api/v1/indicators/" + indicator).then().statusCode(204);
        given().get("/api/v1/indicators/" + indicator).then().statusCode(404);
    }
}
