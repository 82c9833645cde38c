package org.duban.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.duban.support.DemoDataAndSmallCacheProfile;
import org.junit.jupiter.api.Test;

/** With duban.demo-data on, the seed table is there at start, imported through the importer, and only once. */
@QuarkusTest
@TestProfile(DemoDataAndSmallCacheProfile.class)
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    void shouldServeTheSeedTasksAndNeverLoadThemTwice() {
        long plan = given().queryParam("region", "舟山市").queryParam("q", "2023年市政府工作报告完成情况表")
                .get("/api/v1/plans").then().statusCode(200).body("totalItems", equalTo(1))
                .extract().jsonPath().getLong("items[0].id");
        given().queryParam("plan", plan).get("/api/v1/tasks").then().body("totalItems", equalTo(12));
        given().queryParam("plan", plan).get("/api/v1/imports").then().body("totalItems", equalTo(1))
                .body("items[0].sourceName", equalTo("2023-zhoushan-completion-table.txt"));

        demoData.onStart(null);

        given().queryParam("plan", plan).get("/api/v1/tasks").then().body("totalItems", equalTo(12));
        int imports = given().queryParam("plan", plan).get("/api/v1/imports").then().extract().path("totalItems");
        assertThat(imports).isEqualTo(1);
    }
}
