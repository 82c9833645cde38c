package org.duban.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/** API keys: shown once, stored hashed, usable as Bearer, revocable at once, with their last use. */
@QuarkusTest
class ApiKeyResourceTest {

    @Test
    void shouldIssueAKeyShownOnlyOnceAndRevokeItAtOnce() {
        JsonPath created = Api.post("/api/v1/api-keys", Map.of("name", "省督查平台同步", "role", "viewer"))
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .body("key", startsWith("dbn_"))
                .body("name", equalTo("省督查平台同步"))
                .body("role", equalTo("viewer"))
                .body("createdAt", notNullValue())
                .extract().jsonPath();
        String key = created.getString("key");
        long id = created.getLong("id");
        String url = "/api/v1/api-keys/" + id;

        given().get(url).then().statusCode(200).body("key", nullValue()).body("prefix", equalTo(key.substring(0, 12)))
                .body("lastUsedAt", nullValue()).body("revokedAt", nullValue()).body("createdBy", equalTo("admin"));
        org.assertj.core.api.Assertions.assertThat(given().get("/api/v1/api-keys?size=200").asString())
                .doesNotContain(key);

        Api.bearer(key).get("/api/v1/plans").then().statusCode(200);
        given().get(url).then().statusCode(200).body("lastUsedAt", notNullValue());

        given().delete(url).then().statusCode(204);
        Api.bearer(key).get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json");
        given().get(url).then().statusCode(200).body("revokedAt", notNullValue());
        given().delete(url).then().statusCode(204);
        given().delete("/api/v1/api-keys/987654321").then().statusCode(404);
    }

    @Test
    void shouldRefuseUnknownKeysAndOtherBearerTokensWhileOidcIsOff() {
        Api.bearer("dbn_notARealKeyAtAll").get("/api/v1/plans").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", org.hamcrest.Matchers
                        .containsString("Bearer"));
        Api.bearer("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").get("/api/v1/plans").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldBindReporterKeysToUnits() {
        Api.post("/api/v1/api-keys", Map.of("name", "填报系统", "role", "reporter")).statusCode(400)
                .body("violations[0].field", equalTo("unitIds"));
        Api.post("/api/v1/api-keys", Map.of("name", "x", "role", "superuser")).statusCode(400)
                .body("violations[0].field", equalTo("role"));
        long unit = Api.createUnit(Api.newRegion(), "市商务局", "MUNICIPAL_DEPARTMENT", null);
        Api.post("/api/v1/api-keys", Map.of("name", "填报系统", "role", "reporter", "unitIds", List.of(unit)))
                .statusCode(201).body("unitIds", equalTo(List.of((int) unit)));
    }

    @Test
    void shouldBeForAdminsOnly() {
        String editorKey = Api.createApiKey("editor");
        Api.bearer(editorKey).get("/api/v1/api-keys").then().statusCode(403);
        Api.bearer(editorKey).contentType("application/json").body(Map.of("name", "x", "role", "admin"))
                .post("/api/v1/api-keys").then().statusCode(403);
        Api.anonymous().get("/api/v1/api-keys").then().statusCode(401);
        String adminKey = Api.createApiKey("admin");
        Api.bearer(adminKey).get("/api/v1/api-keys").then().statusCode(200);
    }
}
