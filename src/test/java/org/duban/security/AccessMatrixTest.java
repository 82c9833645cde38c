package org.duban.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.duban.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint against every kind of caller, over HTTP: the status each one gets. A write that must succeed runs on
 * data of its own, so that a successful delete does not change what the next caller meets. The reporter "of the assigned unit" is bound
 * to the unit leading the targeted task of an INTERNAL plan; the reporter "of another unit" to an unrelated unit.
 */
@QuarkusTest
class AccessMatrixTest {

    /** A webhook at a documentation address (TEST-NET-3): public, so accepted without a DNS lookup. */
    private static final Map<String, Object> WEBHOOK = Map.of("url", "https://203.0.113.10/duban-hook",
            "events", List.of("LIGHT_CHANGED"), "secret", "矩阵测试-webhook-secret-0001");

    /** The columns of the matrix. */
    enum Who { ANONYMOUS, VIEWER, REPORTER_ASSIGNED, REPORTER_OTHER, EDITOR, ADMIN, REVOKED_KEY, WRONG_PASSWORD }

    private static World world;

    /** Units and callers shared by every cell. */
    record World(String region, long unitA, long unitB, long unitC, long importId, Map<Who, Supplier<RequestSpecification>> callers) {
    }

    @BeforeEach
    void createWorldOnce() {
        if (world != null) {
            return;
        }
        String region = Api.newRegion();
        long a = Api.createUnit(region, "甲局", "MUNICIPAL_DEPARTMENT", null);
        long b = Api.createUnit(region, "乙局", "MUNICIPAL_DEPARTMENT", null);
        long c = Api.createUnit(region, "丙局", "MUNICIPAL_DEPARTMENT", null);
        Api.Account viewer = Api.createAccount("viewer");
        Api.Account reporterA = Api.createAccount("reporter", a);
        Api.Account reporterC = Api.createAccount("reporter", c);
        Api.Account editor = Api.createAccount("editor");
        Api.Account admin = Api.createAccount("admin");
        String revoked = Api.createApiKey("editor");
        long revokedId = given().get("/api/v1/api-keys?size=200").then().extract().jsonPath()
                .getLong("items.find { it.prefix == '" + revoked.substring(0, 12) + "' }.id");
        given().delete("/api/v1/api-keys/" + revokedId).then().statusCode(204);
        long importId = importDocument(Api.newRegion()).then().statusCode(201).extract().jsonPath().getLong("importId");
        Map<Who, Supplier<RequestSpecification>> callers = new EnumMap<>(Who.class);
        callers.put(Who.ANONYMOUS, Api::anonymous);
        callers.put(Who.VIEWER, () -> Api.as(viewer));
        callers.put(Who.REPORTER_ASSIGNED, () -> Api.as(reporterA));
        callers.put(Who.REPORTER_OTHER, () -> Api.as(reporterC));
        callers.put(Who.EDITOR, () -> Api.as(editor));
        callers.put(Who.ADMIN, () -> Api.as(admin));
        callers.put(Who.REVOKED_KEY, () -> Api.bearer(revoked));
        callers.put(Who.WRONG_PASSWORD, () -> Api.as(editor.username(), "not-the-password"));
        world = new World(region, a, b, c, importId, callers);
    }

    private static Response importDocument(String region) {
        String table = "任务内容 | 牵头单位 | 完成情况 |\n推动国家惠企政策直达快享,全年为企业减负50亿元以上。 | 市经信局 | 1-11月,全市完成减负51.5亿元。 |\n";
        return given().contentType("text/plain; charset=utf-8").body(table.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).queryParam("planTitle", "矩阵导入" + UUID.randomUUID())
                .queryParam("year", 2023).post("/api/v1/imports");
    }

    /** Data a cell works on, created (as the admin) only when the cell asks for it. */
    static final class Fixture {
        private Long internalPlan;
        private Long publicPlan;
        private Long taskA;
        private Long publicTask;
        private Long indicatorA;
        private Long publicIndicator;

        long internalPlan() {
            if (internalPlan == null) {
                internalPlan = Api.createPlan(world.region(), 2023, "INTERNAL", "内部计划" + UUID.randomUUID());
            }
            return internalPlan;
        }

        long publicPlan() {
            if (publicPlan == null) {
                publicPlan = Api.createPlan(world.region(), 2023, "PUBLIC", "公开计划" + UUID.randomUUID());
            }
            return publicPlan;
        }

        long emptyPlan() {
            return Api.createPlan(world.region(), 2023, "INTERNAL", "空计划" + UUID.randomUUID());
        }

        long taskA() {
            if (taskA == null) {
                taskA = Api.createTask(internalPlan(), 1, "甲局牵头的内部任务", List.of(Api.lead(world.unitA())));
            }
            return taskA;
        }

        long publicTask() {
            if (publicTask == null) {
                publicTask = Api.createTask(publicPlan(), 1, "乙局牵头的公开任务", List.of(Api.lead(world.unitB())));
            }
            return publicTask;
        }

        long indicatorA() {
            if (indicatorA == null) {
                indicatorA = indicator(taskA());
            }
            return indicatorA;
        }

        long publicIndicator() {
            if (publicIndicator == null) {
                publicIndicator = indicator(publicTask());
            }
            return publicIndicator;
        }

        long measurementA() {
            return measurement(indicatorA());
        }

        long publicMeasurement() {
            return measurement(publicIndicator());
        }

        /** An indicator the rules cannot judge, so that a person's verdict is allowed. */
        long milestoneA() {
            return Api.post("/api/v1/tasks/" + taskA() + "/indicators", Map.of("name", "千兆城市", "kind", "MILESTONE"))
                    .statusCode(201).extract().jsonPath().getLong("id");
        }

        long reportA() {
            return Api.post("/api/v1/tasks/" + taskA() + "/progress-reports", PROGRESS).statusCode(201).extract()
                    .jsonPath().getLong("id");
        }

        long publicReport() {
            return Api.post("/api/v1/tasks/" + publicTask() + "/progress-reports", PROGRESS).statusCode(201).extract()
                    .jsonPath().getLong("id");
        }

        long spareUnit() {
            return Api.createUnit(world.region(), "备用单位" + UUID.randomUUID().toString().substring(0, 8),
                    "MUNICIPAL_DEPARTMENT", null);
        }

        long account() {
            return Api.createAccount("viewer").id();
        }

        long apiKey() {
            Api.createApiKey("viewer");
            return given().get("/api/v1/api-keys?size=1").then().extract().jsonPath().getLong("items[0].id");
        }

        /** A webhook to a public address (never called: the delivery worker is off in tests). */
        long webhook() {
            return Api.post("/api/v1/webhooks", WEBHOOK).statusCode(201).extract().jsonPath().getLong("id");
        }

        private static long indicator(long task) {
            return Api.post("/api/v1/tasks/" + task + "/indicators", INDICATOR).statusCode(201).extract().jsonPath()
                    .getLong("id");
        }

        private static long measurement(long indicator) {
            return Api.post("/api/v1/indicators/" + indicator + "/measurements", measurementBody()).statusCode(201)
                    .extract().jsonPath().getLong("id");
        }
    }

    static final Map<String, Object> INDICATOR = Map.of("name", "工业投资", "kind", "LEVEL",
            "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元"));
    static final Map<String, Object> PROGRESS = Map.of("period", Map.of("from", "2023-01-01", "to", "2023-11-30",
            "label", "1-11月"), "narrative", "1-11月,全市完成减负51.5亿元。");

    private static final java.util.concurrent.atomic.AtomicInteger PERIODS = new java.util.concurrent.atomic.AtomicInteger();

    static Map<String, Object> measurementBody() {
        // A new period each time, so that every recording creates a measurement (201) rather than replaying one.
        String to = java.time.LocalDate.of(2023, 1, 1).plusDays(PERIODS.incrementAndGet() % 365).toString();
        return Map.of("value", 510, "unit", "亿元", "status", "ESTIMATED",
                "period", Map.of("from", "2023-01-01", "to", to));
    }

    static Map<String, Object> planBody(String disclosure) {
        return Map.of("title", "矩阵计划" + UUID.randomUUID(), "year", 2023, "region", world.region(),
                "disclosure", disclosure);
    }

    static Map<String, Object> taskBody(long plan, int ordinal) {
        return Map.of("planId", plan, "ordinal", ordinal, "content", "矩阵任务", "units", List.of(Api.lead(world.unitA())));
    }

    static Map<String, Object> unitBody() {
        return Map.of("name", "矩阵单位" + UUID.randomUUID().toString().substring(0, 8), "region", world.region(),
                "kind", "MUNICIPAL_DEPARTMENT");
    }

    /** One endpoint: how to call it and what each caller must get. */
    record Row(String method, Function<Fixture, String> path, Function<Fixture, Object> body, String contentType,
            boolean write, Map<Who, Integer> expected) {

        String name() {
            return method + " " + path.toString();
        }
    }

    private static Map<Who, Integer> statuses(int anonymous, int viewer, int reporterAssigned, int reporterOther,
            int editor, int admin) {
        Map<Who, Integer> m = new EnumMap<>(Who.class);
        m.put(Who.ANONYMOUS, anonymous);
        m.put(Who.VIEWER, viewer);
        m.put(Who.REPORTER_ASSIGNED, reporterAssigned);
        m.put(Who.REPORTER_OTHER, reporterOther);
        m.put(Who.EDITOR, editor);
        m.put(Who.ADMIN, admin);
        m.put(Who.REVOKED_KEY, 401);
        m.put(Who.WRONG_PASSWORD, 401);
        return m;
    }

    /** Open to everyone: anonymous callers too (PUBLIC data, or lists filtered for them). */
    static Map<Who, Integer> publicRead() {
        return statuses(200, 200, 200, 200, 200, 200);
    }

    /** INTERNAL data: 404 for anonymous callers, as if it did not exist. */
    static Map<Who, Integer> internalRead() {
        return statuses(404, 200, 200, 200, 200, 200);
    }

    /** Any role. */
    static Map<Who, Integer> signedInRead() {
        return statuses(401, 200, 200, 200, 200, 200);
    }

    static Map<Who, Integer> editorWrite(int ok) {
        return statuses(401, 403, 403, 403, ok, ok);
    }

    static Map<Who, Integer> reporterWrite(int ok) {
        return statuses(401, 403, ok, 403, ok, ok);
    }

    static Map<Who, Integer> adminOnly(int ok) {
        return statuses(401, 403, 403, 403, 403, ok);
    }

    static Row read(String path, Function<Fixture, String> p, Map<Who, Integer> expected) {
        return new Row("GET", named(path, p), f -> null, null, false, expected);
    }

    static Row write(String method, String path, Function<Fixture, String> p, Function<Fixture, Object> body,
            String contentType, Map<Who, Integer> expected) {
        return new Row(method, named(path, p), body, contentType, true, expected);
    }

    static Row json(String method, String path, Function<Fixture, String> p, Function<Fixture, Object> body,
            Map<Who, Integer> expected) {
        return write(method, path, p, body, "application/json", expected);
    }

    static Row patch(String path, Function<Fixture, String> p, Function<Fixture, Object> body, Map<Who, Integer> expected) {
        return write("PATCH", path, p, body, Api.MERGE_PATCH, expected);
    }

    static Row delete(String path, Function<Fixture, String> p, Map<Who, Integer> expected) {
        return write("DELETE", path, p, f -> null, null, expected);
    }

    /** A path function that prints as its template, for readable failures. */
    static Function<Fixture, String> named(String template, Function<Fixture, String> path) {
        return new Function<>() {
            @Override
            public String apply(Fixture f) {
                return path.apply(f);
            }

            @Override
            public String toString() {
                return template;
            }
        };
    }

    static final String V1 = "/api/v1";

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // Plans
        rows.add(read("/plans", f -> V1 + "/plans", publicRead()));
        rows.add(read("/plans/{internal}", f -> V1 + "/plans/" + f.internalPlan(), internalRead()));
        rows.add(read("/plans/{public}", f -> V1 + "/plans/" + f.publicPlan(), publicRead()));
        rows.add(json("POST", "/plans", f -> V1 + "/plans", f -> planBody("INTERNAL"), editorWrite(201)));
        rows.add(json("PUT", "/plans/{internal}", f -> V1 + "/plans/" + f.internalPlan(), f -> planBody("INTERNAL"),
                editorWrite(200)));
        rows.add(patch("/plans/{internal}", f -> V1 + "/plans/" + f.internalPlan(),
                f -> Map.of("documentNumber", "舟经信〔2024〕1号"), editorWrite(200)));
        rows.add(delete("/plans/{empty}", f -> V1 + "/plans/" + f.emptyPlan(), editorWrite(204)));
        // Units
        rows.add(read("/units", f -> V1 + "/units", signedInRead()));
        rows.add(read("/units/{id}", f -> V1 + "/units/" + world.unitA(), signedInRead()));
        rows.add(json("POST", "/units", f -> V1 + "/units", f -> unitBody(), adminOnly(201)));
        rows.add(json("PUT", "/units/{spare}", f -> V1 + "/units/" + f.spareUnit(), f -> unitBody(), adminOnly(200)));
        rows.add(patch("/units/{spare}", f -> V1 + "/units/" + f.spareUnit(), f -> Map.of("aliases", List.of("别名")),
                adminOnly(200)));
        rows.add(delete("/units/{spare}", f -> V1 + "/units/" + f.spareUnit(), adminOnly(204)));
        // Tasks
        rows.add(read("/tasks", f -> V1 + "/tasks", publicRead()));
        rows.add(read("/tasks/{internal}", f -> V1 + "/tasks/" + f.taskA(), internalRead()));
        rows.add(read("/tasks/{public}", f -> V1 + "/tasks/" + f.publicTask(), publicRead()));
        rows.add(json("POST", "/tasks", f -> V1 + "/tasks", f -> taskBody(f.internalPlan(), 7), editorWrite(201)));
        rows.add(json("PUT", "/tasks/{internal}", f -> V1 + "/tasks/" + f.taskA(), f -> taskBody(f.internalPlan(), 1),
                editorWrite(200)));
        rows.add(patch("/tasks/{internal} status", f -> V1 + "/tasks/" + f.taskA(), f -> Map.of("status", "COMPLETED"),
                reporterWrite(200)));
        rows.add(patch("/tasks/{internal} content", f -> V1 + "/tasks/" + f.taskA(), f -> Map.of("content", "改写"),
                editorWrite(200)));
        rows.add(delete("/tasks/{internal}", f -> V1 + "/tasks/" + f.taskA(), editorWrite(204)));
        rows.add(read("/tasks/{internal}/history", f -> V1 + "/tasks/" + f.taskA() + "/history",
                statuses(401, 403, 200, 403, 200, 200)));
        // Progress reports
        rows.add(read("/tasks/{internal}/progress-reports", f -> V1 + "/tasks/" + f.taskA() + "/progress-reports",
                internalRead()));
        rows.add(read("/tasks/{internal}/progress-reports/{id}", f -> V1 + "/tasks/" + f.taskA() + "/progress-reports/"
                + f.reportA(), internalRead()));
        rows.add(read("/tasks/{public}/progress-reports/{id}", f -> V1 + "/tasks/" + f.publicTask()
                + "/progress-reports/" + f.publicReport(), publicRead()));
        rows.add(json("POST", "/tasks/{internal}/progress-reports", f -> V1 + "/tasks/" + f.taskA() + "/progress-reports",
                f -> PROGRESS, reporterWrite(201)));
        // Indicators
        rows.add(read("/tasks/{internal}/indicators", f -> V1 + "/tasks/" + f.taskA() + "/indicators", internalRead()));
        rows.add(read("/tasks/{public}/indicators", f -> V1 + "/tasks/" + f.publicTask() + "/indicators", publicRead()));
        rows.add(json("POST", "/tasks/{internal}/indicators", f -> V1 + "/tasks/" + f.taskA() + "/indicators",
                f -> INDICATOR, editorWrite(201)));
        rows.add(read("/indicators/{internal}", f -> V1 + "/indicators/" + f.indicatorA(), internalRead()));
        rows.add(read("/indicators/{public}", f -> V1 + "/indicators/" + f.publicIndicator(), publicRead()));
        rows.add(json("PUT", "/indicators/{internal}", f -> V1 + "/indicators/" + f.indicatorA(), f -> INDICATOR,
                editorWrite(200)));
        rows.add(patch("/indicators/{internal}", f -> V1 + "/indicators/" + f.indicatorA(),
                f -> Map.of("commitment", "STRETCH"), editorWrite(200)));
        rows.add(delete("/indicators/{internal}", f -> V1 + "/indicators/" + f.indicatorA(), editorWrite(204)));
        // Measurements
        rows.add(read("/indicators/{internal}/measurements", f -> V1 + "/indicators/" + f.indicatorA() + "/measurements",
                internalRead()));
        rows.add(json("POST", "/indicators/{internal}/measurements", f -> V1 + "/indicators/" + f.indicatorA()
                + "/measurements", f -> measurementBody(), reporterWrite(201)));
        rows.add(read("/measurements/{internal}", f -> V1 + "/measurements/" + f.measurementA(), internalRead()));
        rows.add(read("/measurements/{public}", f -> V1 + "/measurements/" + f.publicMeasurement(), publicRead()));
        rows.add(delete("/measurements/{internal}", f -> V1 + "/measurements/" + f.measurementA(), editorWrite(204)));
        // Assessment: light overrides, verdicts, roll-ups and exports
        rows.add(json("PUT", "/tasks/{internal}/light-override", f -> V1 + "/tasks/" + f.taskA() + "/light-override",
                f -> Map.of("light", "YELLOW", "reason", "待省统计局审核"), editorWrite(200)));
        rows.add(delete("/tasks/{internal}/light-override", f -> V1 + "/tasks/" + f.taskA() + "/light-override",
                editorWrite(204)));
        rows.add(json("PUT", "/indicators/{milestone}/manual-verdict", f -> V1 + "/indicators/" + f.milestoneA()
                + "/manual-verdict", f -> Map.of("verdict", "MET", "reason", "已获评全国千兆城市"), editorWrite(200)));
        rows.add(delete("/indicators/{milestone}/manual-verdict", f -> V1 + "/indicators/" + f.milestoneA()
                + "/manual-verdict", editorWrite(204)));
        rows.add(read("/plans/{internal}/summary", f -> V1 + "/plans/" + f.internalPlan() + "/summary", internalRead()));
        rows.add(read("/plans/{public}/summary", f -> V1 + "/plans/" + f.publicPlan() + "/summary", publicRead()));
        rows.add(read("/plans/{internal}/units", f -> V1 + "/plans/" + f.internalPlan() + "/units", internalRead()));
        rows.add(read("/plans/{public}/units", f -> V1 + "/plans/" + f.publicPlan() + "/units", publicRead()));
        rows.add(read("/plans/{internal}/unit-ranking", f -> V1 + "/plans/" + f.internalPlan() + "/unit-ranking",
                internalRead()));
        rows.add(read("/plans/{public}/unit-ranking", f -> V1 + "/plans/" + f.publicPlan() + "/unit-ranking",
                publicRead()));
        rows.add(read("/plans/{internal}/export", f -> V1 + "/plans/" + f.internalPlan() + "/export?format=csv",
                internalRead()));
        rows.add(read("/plans/{public}/export", f -> V1 + "/plans/" + f.publicPlan() + "/export?format=csv",
                publicRead()));
        rows.add(read("/units/{id}/scorecard", f -> V1 + "/units/" + world.unitA() + "/scorecard?plan="
                + f.internalPlan(), signedInRead()));
        // Imports
        rows.add(new Row("POST", named("/imports", f -> V1 + "/imports?year=2023&planTitle=" + UUID.randomUUID()
                + "&region=" + Api.newRegion()), f -> "任务内容 | 牵头单位 | 完成情况 |\n新增个转企200家。 | 市市场监管局 | 完成230家。 |\n",
                "text/plain; charset=utf-8", true, editorWrite(201)));
        rows.add(read("/imports", f -> V1 + "/imports", signedInRead()));
        rows.add(read("/imports/{id}", f -> V1 + "/imports/" + world.importId(), signedInRead()));
        // Accounts, API keys, audit
        rows.add(read("/accounts", f -> V1 + "/accounts", adminOnly(200)));
        rows.add(read("/accounts/{id}", f -> V1 + "/accounts/" + f.account(), adminOnly(200)));
        rows.add(json("POST", "/accounts", f -> V1 + "/accounts", f -> Map.of("username", "m-"
                + UUID.randomUUID().toString().substring(0, 8), "password", Api.PASSWORD, "roles", List.of("viewer")),
                adminOnly(201)));
        rows.add(patch("/accounts/{id}", f -> V1 + "/accounts/" + f.account(), f -> Map.of("enabled", false),
                adminOnly(200)));
        rows.add(delete("/accounts/{id}", f -> V1 + "/accounts/" + f.account(), adminOnly(204)));
        rows.add(read("/api-keys", f -> V1 + "/api-keys", adminOnly(200)));
        rows.add(read("/api-keys/{id}", f -> V1 + "/api-keys/" + f.apiKey(), adminOnly(200)));
        rows.add(json("POST", "/api-keys", f -> V1 + "/api-keys", f -> Map.of("name", "矩阵", "role", "viewer"),
                adminOnly(201)));
        rows.add(delete("/api-keys/{id}", f -> V1 + "/api-keys/" + f.apiKey(), adminOnly(204)));
        rows.add(read("/audit", f -> V1 + "/audit", adminOnly(200)));
        // The change feed follows plan visibility (anonymous callers get PUBLIC plans' changes); webhooks are admins'
        rows.add(read("/changes", f -> V1 + "/changes?size=1", publicRead()));
        rows.add(read("/webhooks", f -> V1 + "/webhooks", adminOnly(200)));
        rows.add(read("/webhooks/{id}", f -> V1 + "/webhooks/" + f.webhook(), adminOnly(200)));
        rows.add(json("POST", "/webhooks", f -> V1 + "/webhooks", f -> WEBHOOK, adminOnly(201)));
        rows.add(delete("/webhooks/{id}", f -> V1 + "/webhooks/" + f.webhook(), adminOnly(204)));
        rows.add(read("/webhooks/{id}/deliveries", f -> V1 + "/webhooks/" + f.webhook() + "/deliveries",
                adminOnly(200)));
        return rows;
    }

    @Test
    void everyEndpointAnswersEveryCallerAsExpected() {
        List<String> mismatches = new ArrayList<>();
        int cells = 0;
        Fixture shared = new Fixture();
        for (Row row : rows()) {
            for (Who who : Who.values()) {
                int expected = row.expected().get(who);
                // A write that must succeed changes its data: it gets data of its own. A refused one must change
                // nothing, so it shares (and a wrongly accepted write shows up in the cells after it too).
                Fixture fixture = row.write() && expected < 400 ? new Fixture() : shared;
                String path = row.path().apply(fixture);
                Object body = row.body().apply(fixture);
                RequestSpecification request = world.callers().get(who).get();
                if (row.contentType() != null) {
                    request.contentType(row.contentType());
                }
                if (body instanceof String text) {
                    request.body(text.getBytes(StandardCharsets.UTF_8));
                } else if (body != null) {
                    request.body(body);
                }
                Response response = request.request(row.method(), path);
                cells++;
                if (response.statusCode() != expected) {
                    mismatches.add(row.name() + " as " + who + ": expected " + expected + ", got "
                            + response.statusCode() + " " + response.asString());
                } else if (expected >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    mismatches.add(row.name() + " as " + who + ": " + expected + " without a problem body");
                } else if (expected == 401 && response.header("WWW-Authenticate") == null) {
                    mismatches.add(row.name() + " as " + who + ": 401 without WWW-Authenticate");
                }
            }
        }
        System.out.printf("Access matrix: %d endpoints x %d callers = %d cells, %d mismatches%n", rows().size(),
                Who.values().length, cells, mismatches.size());
        assertThat(mismatches).as("cells of the access matrix that answered otherwise").isEmpty();
    }
}
