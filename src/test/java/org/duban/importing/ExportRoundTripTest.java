package org.duban.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An exported completion table, imported again, reproduces the same tasks, units, indicators and measurements: the
 * export layout is one the importer reads.
 */
@QuarkusTest
class ExportRoundTripTest {

    @ParameterizedTest
    @CsvSource({"csv,text/csv", "xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    void shouldReproduceThePlanFromItsExport(String format, String mediaType) throws IOException {
        String original = Api.newRegion();
        long plan = given().contentType("text/plain; charset=utf-8").body(SeedImportTest.seed())
                .queryParam("region", original).post("/api/v1/imports").then().statusCode(201)
                .extract().jsonPath().getLong("planId");
        byte[] exported = given().queryParam("format", format).get("/api/v1/plans/" + plan + "/export")
                .then().statusCode(200).extract().asByteArray();

        String copy = Api.newRegion();
        // No planTitle, no year: the export's title line says them, as a published table's does.
        JsonPath result = given().contentType(mediaType).body(exported).queryParam("region", copy)
                .post("/api/v1/imports").then().statusCode(201).extract().jsonPath();
        long copied = result.getLong("planId");

        assertThat(snapshot(copied)).isEqualTo(snapshot(plan));
        assertThat(given().get("/api/v1/plans/" + copied).then().extract().jsonPath().getString("title"))
                .isEqualTo("2023年市政府工作报告完成情况表");
        assertThat(result.getInt("created.units")).isEqualTo(22);
    }

    /** Tasks with their units and indicators with their measurements, without ids or timestamps. */
    private static List<Object> snapshot(long plan) {
        List<Object> tasks = new ArrayList<>();
        JsonPath page = given().queryParam("plan", plan).queryParam("size", 200).get("/api/v1/tasks").then()
                .statusCode(200).extract().jsonPath();
        for (Map<String, Object> task : page.<Map<String, Object>>getList("items")) {
            List<Object> units = new ArrayList<>();
            for (Map<String, Object> unit : (List<Map<String, Object>>) task.get("units")) {
                units.add(List.of(unit.get("name"), unit.get("role"), unit.get("position"),
                        ((List<Map<String, Object>>) unit.get("divisions")).stream().map(d -> d.get("name")).toList()));
            }
            List<Object> indicators = new ArrayList<>();
            JsonPath list = given().queryParam("size", 200).get("/api/v1/tasks/" + task.get("id") + "/indicators")
                    .then().extract().jsonPath();
            for (Map<String, Object> indicator : list.<Map<String, Object>>getList("items")) {
                Map<String, Object> target = (Map<String, Object>) indicator.get("target");
                List<Object> measurements = given().queryParam("size", 200)
                        .get("/api/v1/indicators/" + indicator.get("id") + "/measurements").then().extract().jsonPath()
                        .<Map<String, Object>>getList("items").stream()
                        .map(m -> List.of(String.valueOf(m.get("value")), m.get("unit"), String.valueOf(m.get("qualifier")),
                                m.get("period"), m.get("status")))
                        .map(Object.class::cast).toList();
                indicators.add(List.of(indicator.get("name"), indicator.get("kind"), indicator.get("commitment"),
                        target == null ? "-" : List.of(target.get("comparator"), String.valueOf(target.get("value")),
                                target.get("unit"), target.get("period")), measurements));
            }
            tasks.add(List.of(task.get("ordinal"), task.get("content"), units, indicators));
        }
        return tasks;
    }
}
