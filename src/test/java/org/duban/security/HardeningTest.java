package org.duban.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/** Security headers, open operational endpoints, closed CORS, and problems that reveal nothing internal. */
@QuarkusTest
class HardeningTest {

    @Test
    void shouldSendSecurityHeadersEverywhere() {
        for (String path : new String[] {"/api/v1/plans", "/q/health", "/q/swagger-ui/", "/api/v1/nothing-here"}) {
            Api.anonymous().get(path).then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void shouldKeepAuthenticatedResponsesOutOfSharedCaches() {
        given().get("/api/v1/accounts").then().statusCode(200).header("Cache-Control", "private, no-cache")
                .header("Vary", containsString("Authorization"));
        String etag = given().get("/api/v1/accounts").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/accounts").then().statusCode(304);
    }

    @Test
    void shouldLeaveHealthOpenApiAndSwaggerUiOpen() {
        Api.anonymous().get("/q/health").then().statusCode(200);
        Api.anonymous().get("/q/health/ready").then().statusCode(200);
        Api.anonymous().get("/q/openapi").then().statusCode(200);
        Api.anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void shouldNotAnswerCrossOriginRequestsByDefault() {
        Api.anonymous().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/plans").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldAnswerAuthenticationProblemsWithoutInternals() {
        String body = Api.as("admin", "wrong").get("/api/v1/accounts").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401))
                .body("type", equalTo("https://duban.dev/problems/unauthorized"))
                .header("WWW-Authenticate", containsString("Basic realm=\"duban\""))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("Exception").doesNotContain("io.quarkus")
                .doesNotContain("org.duban").doesNotContain("\tat ");
        Api.anonymous().contentType("application/json").body("{").post("/api/v1/accounts").then().statusCode(401)
                .body(not(containsString("Exception")));
    }
}
