package org.duban.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates test data through the HTTP API, each test in a region of its own so that tests never see each other's rows. */
public final class Api {

    /** JSON merge patch with an explicit charset: REST Assured would otherwise encode the body as ISO-8859-1. */
    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private Api() {
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
