package org.duban.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitResourceTest {

    @Test
    void shouldCreateAUnitWithAliasesAndFindItByAnyForm() {
        String region = Api.newRegion();
        Api.post("/api/v1/units", Map.of("name", "市经信局", "region", region, "kind", "MUNICIPAL_DEPARTMENT",
                        "aliases", List.of("市经济和信息化局", "经信局")))
                .statusCode(201)
                .body("aliases", contains("市经济和信息化局", "经信局"))
                .body("parentId", equalTo(null));
        given().queryParam("region", region).queryParam("q", "经济和信息化").get("/api/v1/units")
                .then().statusCode(200).body("items.name", contains("市经信局"));
        given().queryParam("region", region).queryParam("q", "经信").get("/api/v1/units")
                .then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldKeepNamesAndAliasesUniqueWithinARegionOnly() {
        String region = Api.newRegion();
        Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null, "经信局");
        Api.post("/api/v1/units", Map.of("name", "经信局", "region", region, "kind", "OTHER"))
                .statusCode(409).body("detail", containsString("经信局"));
        Api.createUnit(Api.newRegion(), "市经信局", "MUNICIPAL_DEPARTMENT", null, "经信局");
    }

    @Test
    void shouldHoldDivisionsUnderTheirUnit() {
        String region = Api.newRegion();
        long parent = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long division = Api.createUnit(region, "绿色处", "DIVISION", parent);
        given().get("/api/v1/units/" + division).then().body("parentId", equalTo((int) parent))
                .body("parentName", equalTo("市经信局"));
        given().queryParam("parent", parent).get("/api/v1/units").then().body("items.name", contains("绿色处"));
        given().delete("/api/v1/units/" + parent).then().statusCode(409).contentType("application/problem+json");
        given().contentType(Api.MERGE_PATCH).body("{\"parentId\": " + division + "}").patch("/api/v1/units/" + parent)
                .then().statusCode(400).body("violations[0].field", equalTo("parentId"));
    }

    @Test
    void shouldRefuseAParentFromAnotherRegion() {
        long other = Api.createUnit(Api.newRegion(), "市经信局", "MUNICIPAL_DEPARTMENT", null);
        Api.post("/api/v1/units", Map.of("name", "绿色处", "region", Api.newRegion(), "kind", "DIVISION",
                "parentId", other)).statusCode(400).body("violations[0].field", equalTo("parentId"));
    }

    @Test
    void shouldPatchAliasesAndDeleteAnUnusedUnit() {
        String region = Api.newRegion();
        long id = Api.createUnit(region, "市发改委", "MUNICIPAL_DEPARTMENT", null);
        given().contentType(Api.MERGE_PATCH).body("{\"aliases\": [\"市发展和改革委员会\"]}").patch("/api/v1/units/" + id)
                .then().statusCode(200).body("aliases", contains("市发展和改革委员会")).body("name", equalTo("市发改委"));
        given().contentType(Api.MERGE_PATCH).body("{\"region\": \"宁波市\"}").patch("/api/v1/units/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        given().delete("/api/v1/units/" + id).then().statusCode(204);
        given().get("/api/v1/units/" + id).then().statusCode(404);
    }

    @Test
    void shouldRejectUnknownKindsAndBlankAliases() {
        given().queryParam("kind", "MINISTRY").get("/api/v1/units").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(Map.of("name", "市经信局", "region", "舟山市",
                        "kind", "MUNICIPAL_DEPARTMENT", "aliases", List.of("经信局", " ")))
                .post("/api/v1/units")
                .then().statusCode(400).body("violations", hasSize(1)).body("violations[0].field", equalTo("aliases[1]"));
    }
}
