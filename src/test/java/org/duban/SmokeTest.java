package org.duban;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The operational endpoints every deployment relies on. */
@QuarkusTest
class SmokeTest {

    @Test
    void shouldReportHealthWithADatabaseCheck() {
        given().get("/q/health").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().get("/api/v1/plans").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
