package org.duban.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/** OIDC bearer tokens, switched on by configuration only, signed here with the test key instead of an OIDC server. */
@QuarkusTest
@TestProfile(HardenedProfile.class)
class OidcTokenTest {

    static String token(String name, List<String> roles) {
        return Jwt.issuer(HardenedProfile.ISSUER).subject(UUID.randomUUID().toString()).preferredUserName(name)
                .claim("duban_roles", roles).expiresIn(300).sign("oidc/private-key.pem");
    }

    @Test
    void shouldTakeRolesFromTheConfiguredClaim() {
        Api.bearer(token("li.na", List.of("admin"))).get("/api/v1/accounts").then().statusCode(200);
        Api.bearer(token("wang.fang", List.of("viewer"))).get("/api/v1/accounts").then().statusCode(403)
                .contentType("application/problem+json");
        Api.bearer(token("zhao.lei", List.of())).get("/api/v1/accounts").then().statusCode(403);
    }

    @Test
    void shouldRefuseTokensThatDoNotVerify() {
        String other = Jwt.issuer("https://elsewhere.example").preferredUserName("x").claim("duban_roles",
                List.of("admin")).expiresIn(300).sign("oidc/private-key.pem");
        Api.bearer(other).get("/api/v1/accounts").then().statusCode(401).contentType("application/problem+json");
        String expired = Jwt.issuer(HardenedProfile.ISSUER).preferredUserName("x")
                .claim("duban_roles", List.of("admin")).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign("oidc/private-key.pem");
        Api.bearer(expired).get("/api/v1/accounts").then().statusCode(401);
        String token = token("li.na", List.of("admin"));
        Api.bearer(token.substring(0, token.length() - 4) + "AAAA").get("/api/v1/accounts").then().statusCode(401);
    }

    @Test
    void shouldKeepApiKeysAndBasicWorkingBesideOidc() {
        String key = Api.createApiKey("admin");
        Api.bearer(key).get("/api/v1/accounts").then().statusCode(200);
        Api.bearer("dbn_unknown").get("/api/v1/accounts").then().statusCode(401);
        given().get("/api/v1/accounts").then().statusCode(200);
    }

    @Test
    void shouldRecordTheTokenUserAsTheActor() {
        String username = "oidc-made-" + UUID.randomUUID().toString().substring(0, 8);
        Api.bearer(token("li.na", List.of("admin"))).contentType("application/json")
                .body(Map.of("username", username, "password", Api.PASSWORD, "roles", List.of("viewer")))
                .post("/api/v1/accounts").then().statusCode(201);
        given().queryParam("entity", "ACCOUNT").queryParam("actor", "oidc:li.na").get("/api/v1/audit").then()
                .statusCode(200).body("items.find { it.after.username == '" + username + "' }.action",
                        equalTo("CREATE"));
    }
}
