package org.duban.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The {@code page} and {@code size} parameters every collection takes, validated in one place (PageParams). */
@QuarkusTest
class PageParamsTest {

    @Test
    void shouldRefuseASizeOutOfRangeNamingIt() {
        for (String path : new String[] {"/api/v1/plans", "/api/v1/units", "/api/v1/accounts", "/api/v1/audit"}) {
            given().queryParam("size", 0).get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("size"))
                    .body("violations[0].message", equalTo("must be between 1 and 200"));
            given().queryParam("size", 201).get(path).then().statusCode(400)
                    .body("violations[0].field", equalTo("size"));
        }
    }

    @Test
    void shouldRefuseANegativePageNamingIt() {
        given().queryParam("page", -1).get("/api/v1/imports").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("page"))
                .body("violations[0].message", equalTo("must be 0 or greater"));
        given().queryParam("page", "zwei").get("/api/v1/units").then().statusCode(400)
                .body("violations[0].field", equalTo("page"));
    }

    @Test
    void shouldPageByTwentyFromTheFirstPageByDefault() {
        given().get("/api/v1/api-keys").then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
        given().queryParam("page", 3).queryParam("size", 200).get("/api/v1/plans").then().statusCode(200)
                .body("page", equalTo(3)).body("size", equalTo(200));
    }
}
