package org.duban.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private Map<String, Object> plan(String region) {
        return Map.of("title", "2023年市政府工作报告完成情况表", "year", 2023, "region", region, "disclosure", "PUBLIC",
                "issuer", "市经济和信息化局", "publishedOn", "2024-01-19", "documentNumber", "001008009005003/2024-00292");
    }

    @Test
    void shouldCreateReadUpdateAndDeleteAPlan() {
        String region = Api.newRegion();
        long issuer = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null, "市经济和信息化局");

        String location = Api.post("/api/v1/plans", plan(region))
                .statusCode(201)
                .header("Location", containsString("/api/v1/plans/"))
                .header("ETag", notNullValue())
                .body("title", equalTo("2023年市政府工作报告完成情况表"))
                .body("issuer.unitId", equalTo((int) issuer))
                .body("issuer.name", equalTo("市经信局"))
                .body("publishedOn", equalTo("2024-01-19"))
                .extract().header("Location");

        String etag = given().get(location).then().statusCode(200).body("region", equalTo(region))
                .extract().header("ETag");

        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "2023年政府工作报告任务清单", "year", 2023, "region", region, "disclosure", "INTERNAL"))
                .put(location)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("title", equalTo("2023年政府工作报告任务清单"))
                .body("disclosure", equalTo("INTERNAL"))
                .body("issuer", nullValue())
                .body("version", equalTo(1));

        given().contentType(Api.MERGE_PATCH).body("{\"documentNumber\":\"舟政办发〔2023〕12号\"}")
                .patch(location)
                .then().statusCode(200)
                .body("documentNumber", equalTo("舟政办发〔2023〕12号"))
                .body("disclosure", equalTo("INTERNAL"));

        given().delete(location).then().statusCode(204);
        given().get(location).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerNotModifiedWhileTheETagIsCurrent() {
        long id = Api.createPlan(Api.newRegion(), 2024);
        String etag = given().get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/plans/" + id).then().statusCode(304);
        given().contentType(Api.MERGE_PATCH).body("{\"year\":2025}").patch("/api/v1/plans/" + id)
                .then().statusCode(200);
        given().header("If-None-Match", etag).get("/api/v1/plans/" + id).then().statusCode(200)
                .body("year", equalTo(2025));
    }

    @Test
    void shouldRejectAStaleIfMatchWith412() {
        long id = Api.createPlan(Api.newRegion(), 2023);
        String etag = given().get("/api/v1/plans/" + id).then().extract().header("ETag");
        given().contentType(Api.MERGE_PATCH).body("{\"year\":2024}").patch("/api/v1/plans/" + id)
                .then().statusCode(200);
        given().contentType(Api.MERGE_PATCH).header("If-Match", etag).body("{\"year\":2025}")
                .patch("/api/v1/plans/" + id)
                .then().statusCode(412).contentType(PROBLEM).body("status", equalTo(412));
        given().header("If-Match", etag).delete("/api/v1/plans/" + id).then().statusCode(412);
        given().get("/api/v1/plans/" + id).then().body("year", equalTo(2024));
    }

    @Test
    void shouldNameTheInvalidFields() {
        given().contentType(ContentType.JSON).body(Map.of("title", " ", "region", "舟山市", "disclosure", "PUBLIC"))
                .post("/api/v1/plans")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("year"))
                .body("instance", equalTo("/api/v1/plans"));
    }

    @Test
    void shouldRejectUnknownEnumValuesAndFieldsByName() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "t", "year", 2023, "region", "舟山市", "disclosure", "SECRET"))
                .post("/api/v1/plans")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("disclosure"))
                .body("violations[0].message", containsString("PUBLIC"));
        given().contentType(ContentType.JSON)
                .body(Map.of("title", "t", "year", 2023, "region", "舟山市", "disclosure", "PUBLIC", "colour", "red"))
                .post("/api/v1/plans")
                .then().statusCode(400).body("violations[0].field", equalTo("colour"))
                .body("violations[0].message", containsString("unknown field"));
        given().contentType(ContentType.JSON).body("{\"title\":\"t\",\"year\":\"twenty\",\"region\":\"x\"}")
                .post("/api/v1/plans")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
    }

    @Test
    void shouldAnswerMalformedJsonWithAProblem() {
        given().contentType(ContentType.JSON).body("{\"title\": \"未闭合")
                .post("/api/v1/plans")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"))
                .body("detail", not(containsString("com.fasterxml")));
    }

    @Test
    void shouldRejectAnIssuerThatIsNotAUnitOfTheRegion() {
        String region = Api.newRegion();
        given().contentType(ContentType.JSON).body(plan(region)).post("/api/v1/plans")
                .then().statusCode(400).body("violations[0].field", equalTo("issuer"));
    }

    @Test
    void shouldRefuseASecondPlanWithTheSameTitleYearAndRegion() {
        String region = Api.newRegion();
        Api.createPlan(region, 2023);
        Api.post("/api/v1/plans", Map.of("title", "2023年市政府工作报告任务清单", "year", 2023, "region", region,
                "disclosure", "PUBLIC")).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseToDeleteAPlanThatHasTasks() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        Api.createTask(plan, 1, "争创全国千兆城市。", java.util.List.of(Api.lead(unit)));
        given().delete("/api/v1/plans/" + plan).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("tasks"));
    }

    @Test
    void shouldAnswerUnknownIdsAndPathsWithProblems() {
        given().get("/api/v1/plans/999999999").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("No plan with id 999999999"));
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.XML).body("<plan/>").post("/api/v1/plans").then().statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void shouldFilterPlansByRegionAndYear() {
        String region = Api.newRegion();
        Api.createPlan(region, 2023);
        Api.createPlan(region, 2024);
        given().queryParam("region", region).queryParam("year", 2024).get("/api/v1/plans")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].year", equalTo(2024))
                .body("totalItems", equalTo(1));
        given().queryParam("region", region).get("/api/v1/plans")
                .then().body("items.year", equalTo(java.util.List.of(2024, 2023)));
        given().queryParam("disclosure", "HIDDEN").get("/api/v1/plans").then().statusCode(400)
                .body("violations[0].field", equalTo("disclosure"));
    }
}
