package org.duban.consistency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a write answers is what the next read shows: the body of every 201, and of every 200 to a PUT or PATCH, equals
 * the body of the GET that follows, byte for byte, and so does its ETag, so that a client may use that ETag for
 * If-Match straight away.
 */
@QuarkusTest
class WriteAnswersMatchReadsTest {

    /** A write and the URL of the resource whose representation it answered with. */
    record Write(Response answer, String readUrl) {
    }

    static Stream<Arguments> creates() {
        return Stream.of(
                write("POST /plans", () -> created(Api.post("/api/v1/plans", Map.of("title", "任务清单", "year", 2023,
                        "region", Api.newRegion(), "disclosure", "PUBLIC")).extract().response())),
                write("POST /units", () -> created(Api.post("/api/v1/units", Map.of("name", "市经信局",
                        "region", Api.newRegion(), "kind", "MUNICIPAL_DEPARTMENT", "aliases", List.of("经信局")))
                        .extract().response())),
                write("POST /tasks", () -> {
                    String region = Api.newRegion();
                    long unit = Api.createUnit(region, "市发改委", "MUNICIPAL_DEPARTMENT", null);
                    long plan = Api.createPlan(region, 2023);
                    return created(Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", 1, "content",
                            "扩大有效投资", "dueDate", "2023-12-31", "units", List.of(Api.lead(unit))))
                            .extract().response());
                }),
                write("POST /tasks/{id}/indicators", () -> created(Api.post("/api/v1/tasks/" + task()
                        + "/indicators", Map.of("name", "工业投资", "kind", "LEVEL",
                        "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元"))).extract().response())),
                write("POST /indicators/{id}/measurements", () -> created(Api.post("/api/v1/indicators/"
                        + indicator("LEVEL") + "/measurements", Map.of("value", 20.26, "unit", "亿元",
                        "status", "FINAL", "period", Map.of("from", "2023-01-01", "to", "2023-11-30", "label", "1-11月")))
                        .extract().response())),
                write("POST /tasks/{id}/progress-reports", () -> created(Api.post("/api/v1/tasks/" + task()
                        + "/progress-reports", Map.of("narrative", "启动千兆城市建设。",
                        "period", Map.of("from", "2023-01-01", "to", "2023-06-30", "label", "上半年")))
                        .extract().response())),
                write("POST /accounts", () -> created(Api.post("/api/v1/accounts", Map.of("username",
                        "reader-" + UUID.randomUUID().toString().substring(0, 8), "password", Api.PASSWORD,
                        "roles", List.of("viewer"), "unitIds", List.of())).extract().response())));
    }

    static Stream<Arguments> updates() {
        return Stream.of(
                write("PUT /plans/{id}", () -> {
                    long plan = Api.createPlan(Api.newRegion(), 2023);
                    String region = given().get("/api/v1/plans/" + plan).then().extract().path("region");
                    return updated("/api/v1/plans/" + plan, given().contentType(ContentType.JSON)
                            .body(Map.of("title", "新标题", "year", 2023, "region", region, "disclosure", "INTERNAL"))
                            .put("/api/v1/plans/" + plan));
                }),
                write("PATCH /plans/{id}", () -> {
                    long plan = Api.createPlan(Api.newRegion(), 2023);
                    return updated("/api/v1/plans/" + plan, given().contentType(Api.MERGE_PATCH)
                            .body(Map.of("documentNumber", "舟政发〔2023〕1号")).patch("/api/v1/plans/" + plan));
                }),
                write("PUT /units/{id}", () -> {
                    String region = Api.newRegion();
                    long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
                    return updated("/api/v1/units/" + unit, given().contentType(ContentType.JSON)
                            .body(Map.of("name", "市经济和信息化局", "region", region, "kind", "MUNICIPAL_DEPARTMENT",
                                    "aliases", List.of("经信局")))
                            .put("/api/v1/units/" + unit));
                }),
                write("PATCH /units/{id}", () -> {
                    long unit = Api.createUnit(Api.newRegion(), "市经信局", "MUNICIPAL_DEPARTMENT", null);
                    return updated("/api/v1/units/" + unit, given().contentType(Api.MERGE_PATCH)
                            .body(Map.of("aliases", List.of("经信局"))).patch("/api/v1/units/" + unit));
                }),
                write("PUT /tasks/{id}", () -> {
                    long task = task();
                    long plan = given().get("/api/v1/tasks/" + task).then().extract().jsonPath().getLong("planId");
                    return updated("/api/v1/tasks/" + task, given().contentType(ContentType.JSON)
                            .body(Map.of("planId", plan, "ordinal", 2, "content", "新内容", "status", "IN_PROGRESS",
                                    "units", List.of()))
                            .put("/api/v1/tasks/" + task));
                }),
                write("PATCH /tasks/{id}", () -> {
                    long task = task();
                    return updated("/api/v1/tasks/" + task, given().contentType(Api.MERGE_PATCH)
                            .body(Map.of("status", "COMPLETED")).patch("/api/v1/tasks/" + task));
                }),
                write("PUT /tasks/{id}/light-override", () -> {
                    long task = task();
                    return updated("/api/v1/tasks/" + task, given().contentType(ContentType.JSON)
                            .body(Map.of("light", "YELLOW", "reason", "尚待验收"))
                            .put("/api/v1/tasks/" + task + "/light-override"));
                }),
                write("PUT /indicators/{id}", () -> {
                    long indicator = indicator("LEVEL");
                    return updated("/api/v1/indicators/" + indicator, given().contentType(ContentType.JSON)
                            .body(Map.of("name", "工业投资", "kind", "LEVEL",
                                    "target", Map.of("comparator", "GTE", "value", 600, "unit", "亿元")))
                            .put("/api/v1/indicators/" + indicator));
                }),
                write("PATCH /indicators/{id}", () -> {
                    long indicator = indicator("LEVEL");
                    return updated("/api/v1/indicators/" + indicator, given().contentType(Api.MERGE_PATCH)
                            .body(Map.of("commitment", "STRETCH")).patch("/api/v1/indicators/" + indicator));
                }),
                write("PUT /indicators/{id}/manual-verdict", () -> {
                    long indicator = indicator("MILESTONE");
                    return updated("/api/v1/indicators/" + indicator, given().contentType(ContentType.JSON)
                            .body(Map.of("verdict", "MET", "reason", "已获评全国千兆城市"))
                            .put("/api/v1/indicators/" + indicator + "/manual-verdict"));
                }),
                write("PATCH /accounts/{id}", () -> {
                    long account = Api.createAccount("viewer").id();
                    return updated("/api/v1/accounts/" + account, given().contentType(Api.MERGE_PATCH)
                            .body(Map.of("enabled", false)).patch("/api/v1/accounts/" + account));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creates")
    void shouldAnswerACreateWithWhatTheNextReadShows(String operation, Supplier<Write> write) {
        Write done = write.get();
        assertThat(done.answer().statusCode()).as(done.answer().asString()).isEqualTo(201);
        assertSameAsNextRead(done);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updates")
    void shouldAnswerAnUpdateWithWhatTheNextReadShows(String operation, Supplier<Write> write) {
        Write done = write.get();
        assertThat(done.answer().statusCode()).as(done.answer().asString()).isEqualTo(200);
        assertSameAsNextRead(done);
        // The ETag answered is the one to send with the next conditional write.
        given().header("If-Match", done.answer().header("ETag")).contentType(Api.MERGE_PATCH).body("{}")
                .patch(done.readUrl()).then().statusCode(200);
    }

    /**
     * Issuing an API key answers the key, shown this once and never again, so that answer is not the key's
     * representation: every other field equals the next read's, and it carries no ETag of its own.
     */
    @Test
    void shouldAnswerANewApiKeyWithTheFieldsTheNextReadShows() {
        Response answer = Api.post("/api/v1/api-keys", Map.of("name", "省督查平台同步", "role", "viewer"))
                .statusCode(201).extract().response();
        Map<String, Object> created = answer.jsonPath().getMap("$");
        Map<String, Object> read = given().get(answer.header("Location")).then().statusCode(200).extract()
                .jsonPath().getMap("$");
        created.remove("key");
        assertThat(read).containsAllEntriesOf(created);
        assertThat(answer.header("ETag")).isNull();
    }

    /** A committed import answers what it did (counts, warnings), not the import record: it carries no ETag. */
    @Test
    void shouldAnswerAnImportWithWhatItDidAndNoTagOfAnotherRepresentation() throws Exception {
        byte[] document = getClass().getResourceAsStream("/seed/2023-zhoushan-completion-table.txt").readAllBytes();
        Response answer = given().contentType("text/plain; charset=utf-8").body(document)
                .queryParam("region", Api.newRegion()).post("/api/v1/imports").then().statusCode(201).extract()
                .response();
        assertThat(answer.header("ETag")).isNull();
        given().get(answer.header("Location")).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(answer.jsonPath().getInt("importId")))
                .body("planId", org.hamcrest.Matchers.equalTo(answer.jsonPath().getInt("planId")));
    }

    private static void assertSameAsNextRead(Write done) {
        Response read = given().get(done.readUrl()).then().statusCode(200).extract().response();
        assertThat(done.answer().asString()).isEqualTo(read.asString());
        assertThat(done.answer().header("ETag")).isNotNull().isEqualTo(read.header("ETag"));
    }

    private static Arguments write(String operation, Supplier<Write> write) {
        return Arguments.of(operation, write);
    }

    private static Write created(Response answer) {
        return new Write(answer, answer.header("Location"));
    }

    private static Write updated(String readUrl, Response answer) {
        return new Write(answer, readUrl);
    }

    private static long task() {
        return Api.createTask(Api.createPlan(Api.newRegion(), 2023), 1, "扩大有效投资", List.of());
    }

    private static long indicator(String kind) {
        return Api.post("/api/v1/tasks/" + task() + "/indicators", Map.of("name", "千兆城市", "kind", kind))
                .statusCode(201).extract().jsonPath().getLong("id");
    }
}
