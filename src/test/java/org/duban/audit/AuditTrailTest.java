package org.duban.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/** The audit trail: each change with its actor and before/after, a task's history, and an import as one entry. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void shouldShowEachChangeOfATaskWithItsActorAndValues() {
        String region = Api.newRegion();
        long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long plan = Api.createPlan(region, 2023, "INTERNAL", "内部清单");
        Api.Account editor = Api.createAccount("editor");
        Api.Account reporter = Api.createAccount("reporter", unit);

        long task = Api.as(editor).contentType("application/json").body(Map.of("planId", plan, "ordinal", 1,
                "content", "实现工业投资500亿元以上", "units", List.of(Api.lead(unit)))).post("/api/v1/tasks").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as(reporter).contentType(Api.MERGE_PATCH).body(Map.of("status", "IN_PROGRESS"))
                .patch("/api/v1/tasks/" + task).then().statusCode(200);
        long indicator = Api.as(editor).contentType("application/json").body(Map.of("name", "工业投资", "kind", "LEVEL",
                "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元")))
                .post("/api/v1/tasks/" + task + "/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
        long measurement = Api.as(reporter).contentType("application/json").body(Map.of("value", 510, "unit", "亿元",
                "status", "ESTIMATED", "period", Map.of("from", "2023-01-01", "to", "2023-12-31")))
                .post("/api/v1/indicators/" + indicator + "/measurements").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Api.as(editor).delete("/api/v1/measurements/" + measurement).then().statusCode(204);

        JsonPath history = Api.as(reporter).get("/api/v1/tasks/" + task + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("items.action", String.class))
                .containsExactly("DELETE", "CREATE", "CREATE", "UPDATE", "CREATE");
        assertThat(history.getList("items.entityType", String.class))
                .containsExactly("MEASUREMENT", "MEASUREMENT", "INDICATOR", "TASK", "TASK");
        assertThat(history.getList("items.actor", String.class)).containsExactly(editor.username(),
                reporter.username(), editor.username(), reporter.username(), editor.username());
        assertThat(history.getString("items[3].before.status")).isEqualTo("NOT_STARTED");
        assertThat(history.getString("items[3].after.status")).isEqualTo("IN_PROGRESS");
        assertThat(history.getString("items[4].after.content")).isEqualTo("实现工业投资500亿元以上");
        assertThat((Object) history.get("items[4].before")).isNull();
        assertThat(history.getDouble("items[0].before.value")).isEqualTo(510.0);
        assertThat((Object) history.get("items[0].after")).isNull();

        Api.createAccount("viewer");
        given().queryParam("actor", reporter.username()).get("/api/v1/audit").then().statusCode(200)
                .body("totalItems", equalTo(2));
        given().queryParam("entity", "TASK").queryParam("entityId", task).get("/api/v1/audit").then()
                .body("totalItems", equalTo(2));
    }

    @Test
    void shouldRecordLightOverridesAndPersonsVerdicts() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023, "PUBLIC", "公开清单");
        long task = Api.createTask(plan, 11, "创建全国千兆城市", List.of());
        long milestone = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "千兆城市", "kind", "MILESTONE"))
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.Account editor = Api.createAccount("editor");
        Api.as(editor).contentType("application/json").body(Map.of("light", "YELLOW", "reason", "待部委验收"))
                .put("/api/v1/tasks/" + task + "/light-override").then().statusCode(200);
        Api.as(editor).contentType("application/json").body(Map.of("verdict", "MET", "reason", "已获评全国千兆城市"))
                .put("/api/v1/indicators/" + milestone + "/manual-verdict").then().statusCode(200);
        Api.as(editor).delete("/api/v1/tasks/" + task + "/light-override").then().statusCode(204);

        JsonPath history = given().get("/api/v1/tasks/" + task + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.actor", String.class).subList(0, 3)).containsOnly(editor.username());
        assertThat(history.getString("items[0].entityType")).isEqualTo("TASK");
        assertThat(history.getString("items[0].before.lightOverride.light")).isEqualTo("YELLOW");
        assertThat((Object) history.get("items[0].after.lightOverride")).isNull();
        assertThat(history.getString("items[1].entityType")).isEqualTo("INDICATOR");
        assertThat((Object) history.get("items[1].before.manualVerdict")).isNull();
        assertThat(history.getString("items[1].after.manualVerdict.verdict")).isEqualTo("MET");
        assertThat(history.getString("items[2].after.lightOverride.reason")).isEqualTo("待部委验收");
    }

    @Test
    void shouldRecordAnImportAsOneActionWithItsHash() throws Exception {
        String region = Api.newRegion();
        Instant before = Instant.now().minusSeconds(1);
        String table = "任务内容 | 牵头单位 | 完成情况 |\n推动国家惠企政策直达快享,全年为企业减负50亿元以上。 | 市经信局、市发改委 | "
                + "1-11月,全市完成减负51.5亿元。 |\n新增个转企200家。 | 市市场监管局 | 新增个转企230家。 |\n";
        byte[] bytes = table.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Api.Account editor = Api.createAccount("editor");
        long importId = Api.as(editor).contentType("text/plain; charset=utf-8").body(bytes)
                .queryParam("region", region).queryParam("planTitle", "导入审计").queryParam("year", 2023)
                .post("/api/v1/imports").then().statusCode(201).extract().jsonPath().getLong("importId");

        JsonPath audit = given().queryParam("actor", editor.username()).queryParam("since", before.toString())
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("items.action", String.class)).containsExactly("IMPORT");
        assertThat(audit.getString("items[0].entityType")).isEqualTo("IMPORT");
        assertThat(audit.getLong("items[0].entityId")).isEqualTo(importId);
        assertThat(audit.getString("items[0].detail")).contains(sha);
        assertThat(audit.getString("items[0].after.sha256")).isEqualTo(sha);
        assertThat(audit.getInt("items[0].after.created.tasks")).isEqualTo(2);

        // A dry run writes nothing, the audit trail included.
        Api.as(editor).contentType("text/plain; charset=utf-8").body(bytes).queryParam("region", Api.newRegion())
                .queryParam("planTitle", "预演").queryParam("year", 2023).queryParam("dryRun", true)
                .post("/api/v1/imports").then().statusCode(200);
        given().queryParam("actor", editor.username()).get("/api/v1/audit").then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldNeverRecordPasswordsOrKeys() {
        Api.Account account = Api.createAccount("viewer");
        given().contentType(Api.MERGE_PATCH).body(Map.of("password", "a-brand-new-password")).patch("/api/v1/accounts/"
                + account.id()).then().statusCode(200);
        String key = Api.createApiKey("viewer");
        String trail = given().queryParam("size", 200).get("/api/v1/audit").then().statusCode(200).extract().asString();
        assertThat(trail).doesNotContain(Api.PASSWORD).doesNotContain("a-brand-new-password").doesNotContain(key)
                .doesNotContain("$2a$").contains("password changed");
    }

    @Test
    void shouldBeForAdminsOnly() {
        Api.as(Api.createAccount("editor")).get("/api/v1/audit").then().statusCode(403);
        Api.anonymous().get("/api/v1/audit").then().statusCode(401);
        given().queryParam("entity", "SOMETHING").get("/api/v1/audit").then().statusCode(400);
    }
}
