package org.duban.caching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/**
 * GETs repeated on the event loop ({@link RepeatedReads}) are byte for byte and header for header what the REST layer
 * answers, for anonymous callers, Basic and API keys, only while current: never after a write, never after a change of
 * accounts or keys, never for a session cookie or another media type; on H2 and on PostgreSQL alike.
 */
@QuarkusTest
class RepeatedReadsTest {

    private static final List<String> HEADERS = List.of("Content-Type", "ETag", "Link", "Vary", "Cache-Control",
            "X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy");

    @Inject
    MeterRegistry registry;

    private double answeredOnTheEventLoop() {
        return registry.get("duban.reads.event.loop").counter().count();
    }

    /** The REST layer first, then (on H2) the event loop: what changes is who answered, nothing else. */
    private ExtractableResponse<Response> twice(String path, int status) {
        return twice(Api::anonymous, path, status);
    }

    private ExtractableResponse<Response> twice(Supplier<RequestSpecification> as, String path, int status) {
        var first = as.get().get(path).then().statusCode(status).extract();
        double before = answeredOnTheEventLoop();
        var second = as.get().get(path).then().statusCode(status).extract();
        assertThat(answeredOnTheEventLoop() - before).as("answered on the event loop: %s", path)
                .isEqualTo(status == 200 ? 1.0 : 0.0);
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        for (String header : HEADERS) {
            assertThat(second.headers().getValues(header)).as(header).isEqualTo(first.headers().getValues(header));
        }
        return second;
    }

    @Test
    void shouldRepeatWhatTheRestLayerAnsweredWhileItIsCurrent() {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2024);
        long task = Api.createTask(plan, 1, "实现工业投资500亿元以上", List.of());
        Api.createTask(plan, 2, "新增规上工业企业100家", List.of());

        var one = twice("/api/v1/tasks/" + task, 200);
        String tag = one.header("ETag");
        var page = twice("/api/v1/tasks?plan=" + plan + "&size=1", 200);
        assertThat(page.header("Link")).contains("rel=\"next\"");
        twice("/api/v1/plans/" + plan + "/summary", 200);

        double before = answeredOnTheEventLoop();
        Api.anonymous().header("If-None-Match", tag).get("/api/v1/tasks/" + task).then().statusCode(304)
                .header("ETag", tag);
        Api.anonymous().header("If-None-Match", "\"other\", W/" + tag).get("/api/v1/tasks/" + task).then()
                .statusCode(304);
        assertThat(answeredOnTheEventLoop() - before).isEqualTo(2.0);

        // Cookies and other media types go to the REST layer.
        before = answeredOnTheEventLoop();
        Api.anonymous().cookie("duban-session", "stale").get("/api/v1/tasks/" + task).then().statusCode(200);
        Api.anonymous().accept("text/csv").get("/api/v1/tasks/" + task).then().statusCode(406);
        assertThat(answeredOnTheEventLoop() - before).isZero();

        // A write: the next anonymous read is the REST layer's again, with the change and a new tag.
        Api.post("/api/v1/tasks/" + task + "/progress-reports", Map.of("narrative", "1-6月完成投资230亿元",
                "period", Map.of("from", "2024-01-01", "to", "2024-06-30"))).statusCode(201);
        given().contentType(Api.MERGE_PATCH).body(Map.of("content", "实现工业投资520亿元以上"))
                .patch("/api/v1/tasks/" + task).then().statusCode(200);
        before = answeredOnTheEventLoop();
        var changed = Api.anonymous().header("If-None-Match", tag).get("/api/v1/tasks/" + task).then()
                .statusCode(200).extract();
        assertThat(answeredOnTheEventLoop() - before).isZero();
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
        assertThat(changed.jsonPath().getString("content")).isEqualTo("实现工业投资520亿元以上");
    }

    @Test
    void shouldRepeatForTheSameCredentialsUntilAnAccountOrKeyChanges() {
        String region = Api.newRegion();
        long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long plan = Api.createPlan(region, 2024, "INTERNAL", "内部督办计划");
        long task = Api.createTask(plan, 1, "内部任务", List.of(Api.lead(unit)));
        Api.Account reporter = Api.createAccount("reporter", unit);
        String key = Api.createApiKey("viewer");
        Supplier<RequestSpecification> basic = () -> Api.as(reporter);
        Supplier<RequestSpecification> bearer = () -> Api.bearer(key);

        twice(basic, "/api/v1/tasks/" + task, 200);
        twice(bearer, "/api/v1/tasks/" + task, 200);
        twice(bearer, "/api/v1/tasks?plan=" + plan, 200);
        // The same answer for other credentials is the REST layer's, and a wrong password is refused there.
        double before = answeredOnTheEventLoop();
        Api.as(Api.ADMIN, Api.ADMIN_PASSWORD).get("/api/v1/tasks/" + task).then().statusCode(200);
        Api.as(reporter.username(), "wrong-" + Api.PASSWORD).get("/api/v1/tasks/" + task).then().statusCode(401);
        Api.anonymous().get("/api/v1/tasks/" + task).then().statusCode(404);
        assertThat(answeredOnTheEventLoop() - before).isZero();

        // Disabling the account answers 401 at once, though nothing about the task changed.
        given().contentType(Api.MERGE_PATCH).body(Map.of("enabled", false))
                .patch("/api/v1/accounts/" + reporter.id()).then().statusCode(200);
        Api.as(reporter).get("/api/v1/tasks/" + task).then().statusCode(401);
        // Any change of accounts or keys sends every credential back to the REST layer once.
        before = answeredOnTheEventLoop();
        Api.bearer(key).get("/api/v1/tasks/" + task).then().statusCode(200);
        assertThat(answeredOnTheEventLoop() - before).isZero();
    }

    @Test
    void shouldNeverRepeatARefusal() {
        long internal = Api.createPlan(Api.newRegion(), 2024, "INTERNAL", "内部督办计划");
        long task = Api.createTask(internal, 1, "内部任务", List.of());
        twice("/api/v1/tasks/" + task, 404);
    }
}
