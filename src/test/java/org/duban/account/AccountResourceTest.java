package org.duban.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/** Accounts over HTTP: created without the password in any answer, changed, disabled, deleted; admins only. */
@QuarkusTest
class AccountResourceTest {

    private static String username() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldCreateAnAccountWithoutEverReturningThePassword() {
        String region = Api.newRegion();
        long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        String name = username();
        var created = Api.post("/api/v1/accounts", Map.of("username", name, "password", Api.PASSWORD,
                        "roles", List.of("reporter"), "unitIds", List.of(unit)))
                .statusCode(201)
                .header("Location", containsString("/api/v1/accounts/"))
                .body("username", equalTo(name))
                .body("roles", equalTo(List.of("reporter")))
                .body("unitIds", equalTo(List.of((int) unit)))
                .body("enabled", equalTo(true))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")))
                .extract();
        org.assertj.core.api.Assertions.assertThat(created.asString()).doesNotContain(Api.PASSWORD)
                .doesNotContain("$2a$");

        Api.as(name, Api.PASSWORD).get("/api/v1/plans").then().statusCode(200);
        given().get(created.header("Location")).then().statusCode(200).body("username", equalTo(name))
                .body(not(containsString(Api.PASSWORD)));
        given().queryParam("size", 200).get("/api/v1/accounts").then().statusCode(200)
                .body(not(containsString(Api.PASSWORD))).body(not(containsString("$2a$")));
    }

    @Test
    void shouldChangeThePasswordAndDisableAndDeleteAnAccount() {
        Api.Account account = Api.createAccount("viewer");
        String url = "/api/v1/accounts/" + account.id();
        given().contentType(Api.MERGE_PATCH).body(Map.of("password", "another-long-password")).patch(url)
                .then().statusCode(200).body("version", equalTo(1));
        Api.as(account).get("/api/v1/plans").then().statusCode(401);
        Api.as(account.username(), "another-long-password").get("/api/v1/plans").then().statusCode(200);

        given().contentType(Api.MERGE_PATCH).body(Map.of("enabled", false)).patch(url).then().statusCode(200)
                .body("enabled", equalTo(false));
        Api.as(account.username(), "another-long-password").get("/api/v1/plans").then().statusCode(401)
                .contentType("application/problem+json");

        given().delete(url).then().statusCode(204);
        given().get(url).then().statusCode(404);
        Api.as(account.username(), "another-long-password").get("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void shouldChangeRolesAndUnits() {
        String region = Api.newRegion();
        long unit = Api.createUnit(region, "市科技局", "MUNICIPAL_DEPARTMENT", null);
        Api.Account account = Api.createAccount("viewer");
        String url = "/api/v1/accounts/" + account.id();
        given().contentType(Api.MERGE_PATCH).body(Map.of("roles", List.of("reporter"))).patch(url).then()
                .statusCode(400).body("violations[0].field", equalTo("unitIds"));
        given().contentType(Api.MERGE_PATCH).body(Map.of("roles", List.of("reporter"), "unitIds", List.of(unit)))
                .patch(url).then().statusCode(200).body("roles", equalTo(List.of("reporter")))
                .body("unitIds", equalTo(List.of((int) unit)));
        Api.as(account).get("/api/v1/accounts").then().statusCode(403);
        given().contentType(Api.MERGE_PATCH).body(Map.of("roles", List.of("admin"), "unitIds", List.of())).patch(url)
                .then().statusCode(200).body("roles", equalTo(List.of("admin")));
        Api.as(account).get("/api/v1/accounts").then().statusCode(200);
    }

    @Test
    void shouldRefuseInvalidAccounts() {
        given().contentType("application/json").body(Map.of("username", "Bad Name", "password", "short",
                "roles", List.of("boss"))).post("/api/v1/accounts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItems("username", "password"));
        given().contentType("application/json").body(Map.of("username", username(), "password", Api.PASSWORD,
                "roles", List.of("boss"))).post("/api/v1/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("roles[0]"));
        given().contentType("application/json").body(Map.of("username", username(), "password", Api.PASSWORD,
                "roles", List.of("viewer"), "unitIds", List.of(1))).post("/api/v1/accounts").then().statusCode(400)
                .body("violations[0].field", equalTo("unitIds"));
        given().contentType("application/json").body(Map.of("username", username(), "password", Api.PASSWORD,
                "roles", List.of("reporter"), "unitIds", List.of(987654321))).post("/api/v1/accounts").then()
                .statusCode(400).body("violations[0].field", equalTo("unitIds[0]"));
        given().contentType("application/json").body(Map.of("username", Api.ADMIN, "password", Api.PASSWORD,
                "roles", List.of("viewer"))).post("/api/v1/accounts").then().statusCode(409);
    }

    @Test
    void shouldDeleteAnotherAdminAndKeepTheFirstOne() {
        long admin = given().get("/api/v1/accounts?size=200").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.username == 'admin' }.id");
        Api.Account other = Api.createAccount("admin");
        given().delete("/api/v1/accounts/" + other.id()).then().statusCode(204);
        given().get("/api/v1/accounts/" + admin).then().statusCode(200).body("enabled", equalTo(true))
                .body("passwordHash", nullValue());
    }

    @Test
    void shouldBeForAdminsOnly() {
        Api.Account editor = Api.createAccount("editor");
        Api.as(editor).get("/api/v1/accounts").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        Api.anonymous().get("/api/v1/accounts").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        Api.as(editor).contentType("application/json").body(Map.of("username", username(), "password", Api.PASSWORD,
                "roles", List.of("admin"))).post("/api/v1/accounts").then().statusCode(403);
    }
}
