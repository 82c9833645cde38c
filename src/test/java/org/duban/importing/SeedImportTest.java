package org.duban.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports the seed table over HTTP and checks every expectation of docs/domain.md's seed section. */
@QuarkusTest
class SeedImportTest {

    // Imported once for the class, on first use: REST Assured knows the random test port only inside a test.
    private static String region;
    private static JsonPath imported;
    private static long planId;

    static byte[] seed() throws IOException {
        try (InputStream in = SeedImportTest.class.getClassLoader()
                .getResourceAsStream("seed/2023-zhoushan-completion-table.txt")) {
            return in.readAllBytes();
        }
    }

    @BeforeEach
    void importSeedOnce() throws IOException {
        if (imported != null) {
            return;
        }
        region = Api.newRegion();
        imported = given().contentType("text/plain; charset=utf-8").body(seed())
                .queryParam("region", region).queryParam("sourceName", "seed.txt")
                .post("/api/v1/imports")
                .then().statusCode(201).extract().jsonPath();
        planId = imported.getLong("planId");
    }

    @Test
    void shouldReadThePlanFromTheHeaderLines() {
        given().get("/api/v1/plans/" + planId).then().statusCode(200)
                .body("title", equalTo("2023年市政府工作报告完成情况表"))
                .body("year", equalTo(2023))
                .body("region", equalTo(region))
                .body("disclosure", equalTo("PUBLIC"))
                .body("documentNumber", equalTo("001008009005003/2024-00292"))
                .body("publishedOn", equalTo("2024-01-19"))
                .body("issuer.name", equalTo("市经信局"));
    }

    @Test
    void shouldCreateTwelveTasksWithTheirLeadUnitsInOrder() {
        JsonPath tasks = given().queryParam("plan", planId).queryParam("size", 50).get("/api/v1/tasks")
                .then().statusCode(200).body("totalItems", equalTo(12)).extract().jsonPath();
        assertThat(tasks.getList("items.ordinal", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        List<List<String>> expected = List.of(
                List.of("市经信局", "市科技局", "市商务局", "各县(区)政府", "功能区管委会"),
                List.of("市经信局", "各县(区)政府", "功能区管委会"),
                List.of("市经信局", "定海区政府", "普陀区政府"),
                List.of("市经信局"), List.of("市经信局"), List.of("市经信局"),
                List.of("市经信局", "市科技局"),
                List.of("市经信局", "市发改委", "市财政局", "市人社局", "市交通局", "市市场监管局", "市金融办", "市港航和口岸局",
                        "市税务局", "人行舟山市中心支行", "舟山银保监分局"),
                List.of("市经信局", "市市场监管局", "市金融办"),
                List.of("市经信局", "市发改委", "市资源规划局", "市港航和口岸局", "市投促中心", "市税务局"),
                List.of("市经信局"),
                List.of("市经信局", "市商务局", "定海区政府", "金塘管委会"));
        for (int i = 0; i < 12; i++) {
            assertThat(tasks.getList("items[" + i + "].units.name", String.class)).as("task %d", i + 1)
                    .isEqualTo(expected.get(i));
            List<String> roles = tasks.getList("items[" + i + "].units.role", String.class);
            assertThat(roles.get(0)).isEqualTo("LEAD");
            assertThat(roles.subList(1, roles.size())).allMatch("CO_LEAD"::equals);
        }
        assertThat(tasks.getList("items[11].units[0].divisions.name", String.class)).containsExactly("绿色处", "消费品处");
        assertThat(tasks.getString("items[11].units[0].name")).isEqualTo("市经信局");
    }

    @Test
    void shouldCreateTwentyUnitsAndTwoDivisionsAndResolveTheIssuersFullName() {
        JsonPath units = given().queryParam("region", region).queryParam("size", 200).get("/api/v1/units")
                .then().statusCode(200).body("totalItems", equalTo(22)).extract().jsonPath();
        List<String> divisions = units.getList("items.findAll { it.kind == 'DIVISION' }.name", String.class);
        assertThat(divisions).containsExactlyInAnyOrder("绿色处", "消费品处");
        assertThat(units.getList("items.findAll { it.kind == 'DIVISION' }.parentName", String.class))
                .containsOnly("市经信局");
        assertThat(units.getList("items.findAll { it.kind == 'GROUP' }.name", String.class))
                .containsExactlyInAnyOrder("各县(区)政府", "功能区管委会");
        given().queryParam("region", region).queryParam("q", "市经济和信息化局").get("/api/v1/units")
                .then().body("items.name", equalTo(List.of("市经信局")));
        assertThat(imported.getInt("created.units")).isEqualTo(22);
    }

    private Map<String, Object> indicator(String name) {
        JsonPath tasks = given().queryParam("plan", planId).queryParam("size", 50).get("/api/v1/tasks").then()
                .extract().jsonPath();
        for (Integer taskId : tasks.getList("items.id", Integer.class)) {
            List<Map<String, Object>> items = given().get("/api/v1/tasks/" + taskId + "/indicators").then()
                    .extract().jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (name.equals(item.get("name"))) {
                    item.put("taskOrdinal", given().get("/api/v1/tasks/" + taskId).then().extract().path("ordinal"));
                    return item;
                }
            }
        }
        throw new AssertionError("no indicator named " + name);
    }

    @SuppressWarnings("unchecked")
    private void assertTarget(String name, int ordinal, String kind, String comparator, String value, String unit,
            String commitment) {
        Map<String, Object> indicator = indicator(name);
        assertThat(indicator.get("taskOrdinal")).as(name).isEqualTo(ordinal);
        assertThat(indicator.get("kind")).as(name).isEqualTo(kind);
        assertThat(indicator.get("commitment")).as(name).isEqualTo(commitment);
        Map<String, Object> target = (Map<String, Object>) indicator.get("target");
        assertThat(target.get("comparator")).as(name).isEqualTo(comparator);
        assertThat(new BigDecimal(target.get("value").toString())).as(name).isEqualByComparingTo(value);
        assertThat(target.get("unit")).as(name).isEqualTo(unit);
    }

    @SuppressWarnings("unchecked")
    private void assertActual(String name, String value, String unit, String qualifier, String from, String to,
            String status) {
        Map<String, Object> latest = (Map<String, Object>) indicator(name).get("latestMeasurement");
        assertThat(latest).as(name).isNotNull();
        assertThat(new BigDecimal(latest.get("value").toString())).as(name).isEqualByComparingTo(value);
        assertThat(latest.get("unit")).as(name).isEqualTo(unit);
        assertThat(latest.get("qualifier")).as(name).isEqualTo(qualifier);
        Map<String, Object> period = (Map<String, Object>) latest.get("period");
        assertThat(period.get("from")).as(name).isEqualTo(from);
        assertThat(period.get("to")).as(name).isEqualTo(to);
        assertThat(latest.get("status")).as(name).isEqualTo(status);
        assertThat((String) latest.get("sourceText")).as(name).contains(value);
    }

    @Test
    void shouldExtractTheTenTargetIndicators() {
        assertTarget("工业投资", 3, "LEVEL", "GTE", "500", "亿元", "FIRM");
        assertTarget("规上工业增加值", 4, "GROWTH_RATE", "GTE", "10", "%", "FIRM");
        assertTarget("技改投资", 4, "GROWTH_RATE", "GTE", "10", "%", "FIRM");
        assertTarget("数字经济核心产业增加值", 6, "GROWTH_RATE", "GTE", "10", "%", "STRETCH");
        assertTarget("为企业减负", 8, "LEVEL", "GTE", "50", "亿元", "FIRM");
        assertTarget("新增个转企", 9, "COUNT", "GTE", "200", "家", "FIRM");
        assertTarget("新增规上工业企业", 9, "COUNT", "GTE", "60", "家", "FIRM");
        assertTarget("新增省级以上“专精特新”企业", 9, "COUNT", "GTE", "30", "家", "FIRM");
        assertTarget("培育扶持“链主型”企业", 9, "COUNT", "GTE", "15", "家", "FIRM");
        assertTarget("规上工业亩均税收", 10, "GROWTH_RATE", "GTE", "6", "%", "STRETCH");
        assertThat(imported.getInt("created.indicators")).isEqualTo(10);
    }

    @Test
    void shouldAttachTheActualsWithTheirPeriodsAndStatus() {
        assertActual("工业投资", "510", "亿元", "GTE", "2023-01-01", "2023-12-31", "ESTIMATED");
        assertActual("规上工业增加值", "17.3", "%", null, "2023-01-01", "2023-11-30", "FINAL");
        assertActual("技改投资", "60", "%", "GTE", "2023-01-01", "2023-12-31", "ESTIMATED");
        assertActual("为企业减负", "51.5", "亿元", null, "2023-01-01", "2023-11-30", "FINAL");
        assertActual("新增个转企", "230", "家", null, "2023-01-01", "2023-12-31", "FINAL");
        assertActual("新增规上工业企业", "60", "家", "GT", "2023-01-01", "2023-12-31", "ESTIMATED");
        assertActual("新增省级以上“专精特新”企业", "34", "家", null, "2023-01-01", "2023-12-31", "FINAL");
        assertActual("培育扶持“链主型”企业", "16", "家", null, "2023-01-01", "2023-12-31", "FINAL");
        assertThat(indicator("数字经济核心产业增加值").get("latestMeasurement")).isNull();
        assertThat(indicator("规上工业亩均税收").get("latestMeasurement")).isNull();
        assertThat(imported.getInt("created.measurements")).isEqualTo(8);
    }

    @Test
    void shouldGiveTheVerdictsDomainMdListsForTheSeed() {
        Map<String, String> expected = Map.of("工业投资", "LIKELY_MET", "规上工业增加值", "ON_TRACK", "技改投资", "LIKELY_MET",
                "数字经济核心产业增加值", "NO_DATA", "为企业减负", "MET", "新增个转企", "EXCEEDED",
                "新增规上工业企业", "LIKELY_MET", "新增省级以上“专精特新”企业", "EXCEEDED", "培育扶持“链主型”企业", "EXCEEDED",
                "规上工业亩均税收", "NO_DATA");
        expected.forEach((name, verdict) -> assertThat(((Map<?, ?>) indicator(name).get("assessment")).get("verdict"))
                .as(name).isEqualTo(verdict));
        assertThat(((Map<?, ?>) indicator("为企业减负").get("assessment")).get("explanation").toString()).contains("103%");

        JsonPath summary = given().queryParam("asOf", "2024-01-19").get("/api/v1/plans/" + planId + "/summary")
                .then().statusCode(200).extract().jsonPath();
        assertThat(summary.getInt("totalTasks")).isEqualTo(12);
        assertThat(summary.getInt("totalIndicators")).isEqualTo(10);
        assertThat(summary.getInt("indicatorsByVerdict.MET")).isEqualTo(1);
        assertThat(summary.getInt("indicatorsByVerdict.EXCEEDED")).isEqualTo(3);
        assertThat(summary.getInt("indicatorsByVerdict.LIKELY_MET")).isEqualTo(3);
        assertThat(summary.getInt("indicatorsByVerdict.ON_TRACK")).isEqualTo(1);
        assertThat(summary.getInt("indicatorsByVerdict.NO_DATA")).isEqualTo(2);
        // shareMet = (MET + EXCEEDED) / judged (everything but NO_DATA and NOT_ASSESSABLE) = 4 / 8.
        assertThat(summary.getDouble("shareMet")).isEqualTo(0.5);
    }

    @Test
    void shouldKeepEveryCompletionTextAsAProgressReport() {
        assertThat(imported.getInt("created.progressReports")).isEqualTo(12);
        long lastTask = given().queryParam("plan", planId).queryParam("sort", "-ordinal").queryParam("size", 1)
                .get("/api/v1/tasks").then().extract().jsonPath().getLong("items[0].id");
        given().get("/api/v1/tasks/" + lastTask + "/progress-reports").then()
                .body("items", hasSize(1))
                .body("items[0].narrative", org.hamcrest.Matchers.containsString("粮油产业园新建的舟山华康生物科技有限公司"))
                .body("items[0].period.to", equalTo("2023-12-31"));
    }

    @Test
    void shouldChangeNothingWhenTheSameDocumentIsImportedAgain() throws IOException {
        JsonPath again = given().contentType("text/plain; charset=utf-8").body(seed()).queryParam("region", region)
                .post("/api/v1/imports").then().statusCode(201).extract().jsonPath();
        assertThat(again.getLong("planId")).isEqualTo(planId);
        assertThat(again.getMap("created").values()).allMatch(v -> ((Integer) v) == 0);
        assertThat(again.getMap("updated").values()).allMatch(v -> ((Integer) v) == 0);
        given().queryParam("plan", planId).get("/api/v1/tasks").then().body("totalItems", equalTo(12));
        given().queryParam("region", region).get("/api/v1/units").then().body("totalItems", equalTo(22));
        given().get("/api/v1/imports/" + again.getLong("importId")).then().statusCode(200)
                .body("sha256", equalTo(ImportService.sha256(seed())))
                .body("byteSize", equalTo(seed().length));
    }

    @Test
    void shouldRecordWhatTheImportDid() throws IOException {
        given().get("/api/v1/imports/" + imported.getLong("importId")).then().statusCode(200)
                .body("planId", equalTo((int) planId))
                .body("sourceName", equalTo("seed.txt"))
                .body("mediaType", equalTo("text/plain; charset=utf-8"))
                .body("created.tasks", equalTo(12));
    }
}
