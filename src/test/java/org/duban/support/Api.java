package org.duban.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates test data through the HTTP API, each test in a region of its own so that tests never see each other's rows. */
public final class Api {

    /** JSON merge patch with an explicit charset: REST Assured would otherwise encode the body as ISO-8859-1. */
    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    /** The first admin of the test databases; its password is set in src/test/resources/META-INF. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-Passw0rd";
    /** The password of the accounts tests create. */
    public static final String PASSWORD = "correct-horse-battery";

    private Api() {
    }

    /** A request without credentials (every other request is sent as the admin, see {@link AdminByDefault}). */
    public static RequestSpecification anonymous() {
        return given().auth().none();
    }

    /** A request with HTTP Basic credentials. */
    public static RequestSpecification as(String username, String password) {
        return given().auth().preemptive().basic(username, password);
    }

    /** A request as an account created by {@link #createAccount}. */
    public static RequestSpecification as(Account account) {
        return as(account.username(), PASSWORD);
    }

    /** A request with an API key (or any other bearer token). */
    public static RequestSpecification bearer(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token);
    }

    /** An account created by {@link #createAccount}, whose password is {@link #PASSWORD}. */
    public record Account(long id, String username) {
    }

    /** A new account with one role (and, for a reporter, its units), under a username no other test uses. */
    public static Account createAccount(String role, Long... unitIds) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = post("/api/v1/accounts", Map.of("username", username, "password", PASSWORD, "roles", List.of(role),
                "unitIds", List.of(unitIds))).statusCode(201).extract().jsonPath().getLong("id");
        return new Account(id, username);
    }

    /** A new API key with one role (and, for a reporter, its units); returns the key. */
    public static String createApiKey(String role, Long... unitIds) {
        return createNamedApiKey("测试系统 " + role, role, unitIds);
    }

    /** A new API key under a given name, which is the caller's name when it writes (setBy). */
    public static String createNamedApiKey(String name, String role, Long... unitIds) {
        return post("/api/v1/api-keys", Map.of("name", name, "role", role, "unitIds", List.of(unitIds)))
                .statusCode(201).extract().jsonPath().getString("key");
    }

    public static long createPlan(String region, int year, String disclosure, String title) {
        return post("/api/v1/plans", Map.of("title", title, "year", year, "region", region,
                "disclosure", disclosure)).statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A region name no other test uses. */
    public static String newRegion() {
        return "测试市" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static long createUnit(String region, String name, String kind, Long parentId, String... aliases) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "region", region, "kind", kind,
                "aliases", List.of(aliases)));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return post("/api/v1/units", body).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createPlan(String region, int year) {
        return post("/api/v1/plans", Map.of("title", year + "年市政府工作报告任务清单", "year", year, "region", region,
                "disclosure", "PUBLIC")).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createTask(long planId, int ordinal, String content, List<Map<String, Object>> units) {
        return post("/api/v1/tasks", Map.of("planId", planId, "ordinal", ordinal, "content", content, "units", units))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> lead(long unitId) {
        return Map.of("unitId", unitId, "role", "LEAD");
    }

    public static Map<String, Object> role(long unitId, String role) {
        return Map.of("unitId", unitId, "role", role);
    }
}
