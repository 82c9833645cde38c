package org.duban;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SmokeTest {

    @Test
    void shouldStart() {
        given().get("/api/v1/plans").then().statusCode(200).body("page", equalTo(0));
        given().get("/q/health").then().statusCode(200);
    }
}
