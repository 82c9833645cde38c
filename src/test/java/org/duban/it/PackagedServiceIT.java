package org.duban.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The packaged jar starts on a fresh database with the seed imported, and keeps its data across a restart. */
class PackagedServiceIT {

    @Test
    void shouldServeTheSeedAndKeepItAcrossRestarts() {
        try (ServiceProcess service = ServiceProcess.start(ServiceProcess.Options.defaults().demoData(true))) {
            long planId = seedPlanId(service);
            given().baseUri(service.baseUrl()).get("/api/v1/tasks?plan=" + planId)
                    .then().statusCode(200).body("totalItems", equalTo(12));

            service.terminate(Duration.ofSeconds(30));
            service.restart();

            given().baseUri(service.baseUrl()).get("/api/v1/plans")
                    .then().statusCode(200).body("totalItems", equalTo(1)); // the demo is imported once, never again
            given().baseUri(service.baseUrl()).get("/api/v1/tasks?plan=" + planId)
                    .then().statusCode(200).body("totalItems", equalTo(12));

            if (ServiceProcess.postgres()) {
                ServiceProcess other = service.startAnother();
                given().baseUri(other.baseUrl()).get("/api/v1/tasks?plan=" + planId)
                        .then().statusCode(200).body("totalItems", equalTo(12));
            }
        }
    }

    private static long seedPlanId(ServiceProcess service) {
        return given().baseUri(service.baseUrl()).get("/api/v1/plans")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .extract().jsonPath().getLong("items[0].id");
    }
}
