package org.duban.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.duban.common.QueryParams;
import org.duban.support.Api;
import org.duban.support.Feed;
import org.duban.support.Statements;
import org.duban.task.DueDateLights;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The change feed over HTTP: what it records, in which order, for whom, and how a reader follows it. */
@QuarkusTest
class ChangeFeedTest {

    private static final LocalDate TODAY = LocalDate.now(QueryParams.CHINA);

    @Inject
    ChangeQueries changes;

    @Inject
    DueDateLights dueDateLights;

    @Inject
    ChangeRetention retention;

    @Inject
    SessionFactory sessionFactory;

    record Fixture(long plan, long task, long indicator) {
    }

    private static Fixture taskWithOneIndicator(String disclosure, LocalDate dueDate) {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, TODAY.getYear(), disclosure, TODAY.getYear() + "年市政府工作报告任务清单");
        long unit = Api.createUnit(region, "市经信局", "MUNICIPAL_DEPARTMENT", null);
        long task = Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", 1, "content", "实现工业投资500亿元以上",
                "dueDate", dueDate.toString(), "units", List.of(Api.lead(unit)))).statusCode(201)
                .extract().jsonPath().getLong("id");
        long indicator = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "工业投资", "kind", "LEVEL",
                "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Fixture(plan, task, indicator);
    }

    private static long measure(long indicator, int value) {
        return measure(indicator, value, "FINAL");
    }

    /** A value for the whole year; one per status, as measurements are idempotent per (period, status). */
    private static long measure(long indicator, int value, String status) {
        return Api.post("/api/v1/indicators/" + indicator + "/measurements", Map.of("value", value, "unit", "亿元",
                "status", status, "period", Map.of("from", TODAY.getYear() + "-01-01", "to", TODAY.getYear() + "-12-31")))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private String now() {
        return Long.toString(changes.head().last());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static long number(Map<String, Object> item, String field) {
        return ((Number) item.get(field)).longValue();
    }

    @Test
    void shouldAnnounceATaskTurnedRedByAMeasurementAsLightAndVerdictChanges() {
        Fixture f = taskWithOneIndicator("PUBLIC", TODAY.plusYears(1));
        String start = now();

        long measurement = measure(f.indicator(), 300);

        List<Map<String, Object>> items = Feed.readAll(start).ofPlan(f.plan());
        assertThat(items).extracting(i -> i.get("type"))
                .containsExactly("MEASUREMENT_CREATED", "VERDICT_CHANGED", "LIGHT_CHANGED");
        Map<String, Object> created = items.get(0);
        assertThat(number(created, "entityId")).isEqualTo(measurement);
        assertThat(created.get("entity")).isEqualTo("MEASUREMENT");
        assertThat(number(created, "taskId")).isEqualTo(f.task());
        assertThat(created).doesNotContainKey("before");
        assertThat(number(map(created.get("after")), "indicatorId")).isEqualTo(f.indicator());

        Map<String, Object> verdict = items.get(1);
        assertThat(verdict.get("entity")).isEqualTo("INDICATOR");
        assertThat(number(verdict, "entityId")).isEqualTo(f.indicator());
        assertThat(map(verdict.get("before"))).containsEntry("verdict", "NO_DATA");
        assertThat(map(verdict.get("after"))).containsEntry("verdict", "NOT_MET");

        Map<String, Object> light = items.get(2);
        assertThat(light.get("entity")).isEqualTo("TASK");
        assertThat(number(light, "entityId")).isEqualTo(f.task());
        assertThat(number(light, "taskId")).isEqualTo(f.task());
        assertThat(number(light, "planId")).isEqualTo(f.plan());
        assertThat(map(light.get("before"))).containsEntry("light", "GREY");
        assertThat(map(light.get("after"))).containsEntry("light", "RED").containsEntry("lightReason", "1项指标未完成")
                .containsEntry("asOf", TODAY.toString());
        assertThat(items).extracting(i -> Long.parseLong((String) i.get("cursor"))).isSorted().doesNotHaveDuplicates();
        assertThat(Instant.parse((String) light.get("at"))).isBeforeOrEqualTo(Instant.now());
    }

    @Test
    void shouldAnnounceAVerdictThatChangesAgainWithItsPreviousValue() {
        Fixture f = taskWithOneIndicator("PUBLIC", TODAY.plusYears(1));
        measure(f.indicator(), 300);
        String start = now();

        // The target lowered to 290亿元: the 300 already reported now meets it.
        given().contentType(Api.MERGE_PATCH).body("{\"target\":{\"value\":290}}")
                .patch("/api/v1/indicators/" + f.indicator()).then().statusCode(200)
                .body("effectiveVerdict", equalTo("MET"));

        List<Map<String, Object>> items = Feed.readAll(start).ofPlan(f.plan());
        assertThat(items).extracting(i -> i.get("type"))
                .containsExactly("INDICATOR_UPDATED", "VERDICT_CHANGED", "LIGHT_CHANGED");
        assertThat(map(items.get(1).get("before"))).containsEntry("verdict", "NOT_MET");
        assertThat(map(items.get(1).get("after"))).containsEntry("verdict", "MET");
        assertThat(map(items.get(2).get("before"))).containsEntry("light", "RED");
        assertThat(map(items.get(2).get("after"))).containsEntry("light", "GREEN");

        // A write that changes neither leaves no derived entry.
        String later = now();
        given().contentType(Api.MERGE_PATCH).body("{\"status\":\"IN_PROGRESS\"}").patch("/api/v1/tasks/" + f.task())
                .then().statusCode(200);
        assertThat(Feed.readAll(later).ofPlan(f.plan())).extracting(i -> i.get("type")).containsExactly("TASK_UPDATED");
    }

    @Test
    void shouldAnnounceALightChangedOnlyByADueDatePassing() {
        LocalDate due = TODAY.plusDays(10);
        Fixture f = taskWithOneIndicator("PUBLIC", due);
        String start = now();
        LocalDate dayAfter = due.plusDays(1);

        assertThat(dueDateLights.recordPassedDueDates(dayAfter)).isGreaterThanOrEqualTo(1);

        List<Map<String, Object>> items = Feed.readAll(start).ofPlan(f.plan());
        assertThat(items).extracting(i -> i.get("type")).containsExactly("TASK_UPDATED", "LIGHT_CHANGED");
        Map<String, Object> light = items.get(1);
        assertThat(number(light, "entityId")).isEqualTo(f.task());
        assertThat(map(light.get("before"))).containsEntry("light", "GREY");
        assertThat(map(light.get("after"))).containsEntry("light", "YELLOW")
                .containsEntry("lightReason", "1项指标已过完成时限" + due + "仍无数据")
                .containsEntry("asOf", dayAfter.toString());
        // Recorded once: the job finds nothing left to record the next time.
        String after = now();
        dueDateLights.recordPassedDueDates(dayAfter);
        assertThat(Feed.readAll(after).ofPlan(f.plan())).isEmpty();
    }

    @Test
    void shouldRecordCreatesUpdatesAndDeletesOfEveryKind() {
        String start = now();
        Fixture f = taskWithOneIndicator("PUBLIC", TODAY.plusYears(1));
        long report = Api.post("/api/v1/tasks/" + f.task() + "/progress-reports", Map.of("narrative", "1-6月完成投资210亿元",
                "period", Map.of("from", TODAY.getYear() + "-01-01", "to", TODAY.getYear() + "-06-30"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        long measurement = measure(f.indicator(), 520);
        given().delete("/api/v1/measurements/" + measurement).then().statusCode(204);
        given().delete("/api/v1/indicators/" + f.indicator()).then().statusCode(204);
        given().delete("/api/v1/tasks/" + f.task()).then().statusCode(204);
        given().delete("/api/v1/plans/" + f.plan()).then().statusCode(204);

        List<Map<String, Object>> items = Feed.readAll(start).ofPlan(f.plan());
        assertThat(items).extracting(i -> i.get("type")).containsExactly(
                "PLAN_CREATED",
                "TASK_CREATED", "LIGHT_CHANGED",
                "INDICATOR_CREATED", "VERDICT_CHANGED",
                "PROGRESS_REPORT_CREATED",
                "MEASUREMENT_CREATED", "VERDICT_CHANGED", "LIGHT_CHANGED",
                "MEASUREMENT_DELETED", "VERDICT_CHANGED", "LIGHT_CHANGED",
                "INDICATOR_DELETED",
                "TASK_DELETED",
                "PLAN_DELETED");
        assertThat(items.get(1)).doesNotContainKey("before");
        assertThat(map(items.get(2).get("after"))).containsEntry("light", "GREY");
        assertThat(number(items.get(5), "entityId")).isEqualTo(report);
        assertThat(map(items.get(14).get("before"))).containsEntry("disclosure", "PUBLIC");
        assertThat(items.get(14)).doesNotContainKey("after");
        // The deleted PUBLIC plan's entries stay visible to anonymous readers, its deletion included.
        assertThat(Feed.readAll(Api::anonymous, start, 50).ofPlan(f.plan())).hasSameSizeAs(items);
    }

    @Test
    void shouldShowAnonymousReadersOnlyTheChangesOfPublicPlans() {
        String start = now();
        Fixture internal = taskWithOneIndicator("INTERNAL", TODAY.plusYears(1));
        Fixture open = taskWithOneIndicator("PUBLIC", TODAY.plusYears(1));
        measure(internal.indicator(), 300);
        measure(open.indicator(), 300);

        Feed.Read admin = Feed.readAll(start);
        Feed.Read anonymous = Feed.readAll(Api::anonymous, start, 3);
        assertThat(admin.ofPlan(internal.plan())).hasSize(8);
        assertThat(anonymous.ofPlan(internal.plan())).isEmpty();
        assertThat(anonymous.items()).allMatch(i -> i.get("planId") == null
                || number(i, "planId") != internal.plan());
        assertThat(anonymous.ofPlan(open.plan())).extracting(i -> i.get("cursor"))
                .isEqualTo(admin.ofPlan(open.plan()).stream().map(i -> i.get("cursor")).toList());
        // Both end at the same place: the anonymous reader skips what it may not see without being held back.
        assertThat(anonymous.next()).isEqualTo(admin.next());

        // A viewer sees INTERNAL plans as in the rest of the API.
        Api.Account viewer = Api.createAccount("viewer");
        assertThat(Feed.readAll(() -> Api.as(viewer), start, 200).ofPlan(internal.plan())).hasSize(8);

        // Made PUBLIC, the plan's changes are visible as the plan itself is.
        given().contentType(Api.MERGE_PATCH).body("{\"disclosure\":\"PUBLIC\"}").patch("/api/v1/plans/" + internal.plan())
                .then().statusCode(200);
        assertThat(Feed.readAll(Api::anonymous, start, 200).ofPlan(internal.plan())).hasSize(9);
    }

    @Test
    void shouldAnswerAnEmptyPageWithTheSameNextAtTheEnd() {
        Fixture f = taskWithOneIndicator("PUBLIC", TODAY.plusYears(1));
        String start = now();
        measure(f.indicator(), 300);
        Feed.Read read = Feed.readAll(start);
        assertThat(read.ofPlan(f.plan())).hasSize(3);

        given().queryParam("after", read.next()).get("/api/v1/changes").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .header("Link", containsString("after=" + read.next()))
                .body("items", empty())
                .body("next", equalTo(read.next()));
        // A page no larger than its changes ends at its last item.
        given().queryParam("after", start).queryParam("size", 1).get("/api/v1/changes").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("next", equalTo(Long.toString(Long.parseLong(start) + 1)));
    }

    @Test
    void shouldRefuseAMalformedOrUnknownCursorAndABadSize() {
        for (String bad : List.of("abc", "-1", "1.5", "9999999999999999999", "12a")) {
            given().queryParam("after", bad).get("/api/v1/changes").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("after"));
        }
        long beyond = changes.head().last() + 1000;
        Api.anonymous().queryParam("after", beyond).get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("after"))
                .body("violations[0].message", containsString("not a cursor of this feed"));
        for (int size : new int[] {0, 201}) {
            given().queryParam("size", size).get("/api/v1/changes").then().statusCode(400)
                    .body("violations[0].field", equalTo("size"));
        }
    }

    @Test
    void shouldReadAPageInTwoStatementsWhateverItsSize() {
        String start = now();
        Fixture f = taskWithOneIndicator("PUBLIC", TODAY.plusYears(1));
        for (int i = 1; i <= 40; i++) {
            Api.post("/api/v1/tasks/" + f.task() + "/progress-reports", Map.of("narrative", "进展 " + i,
                    "period", Map.of("from", TODAY.getYear() + "-01-01", "to", TODAY.getYear() + "-06-30")))
                    .statusCode(201);
        }
        Runnable small = () -> Api.anonymous().queryParam("after", start).queryParam("size", 2).get("/api/v1/changes")
                .then().statusCode(200).body("items.size()", equalTo(2));
        Runnable large = () -> Api.anonymous().queryParam("after", start).queryParam("size", 200).get("/api/v1/changes")
                .then().statusCode(200);
        small.run();
        long two = statementsFor(small);
        long many = statementsFor(large);
        assertThat(many).isEqualTo(two);
        assertThat(two).isLessThanOrEqualTo(2);
        long admin = statementsFor(() -> given().queryParam("after", start).queryParam("size", 200)
                .get("/api/v1/changes").then().statusCode(200));
        assertThat(admin).isLessThanOrEqualTo(2);
    }

    @Test
    void shouldRefuseACursorThatRetentionRemoved() {
        Fixture f = taskWithOneIndicator("PUBLIC", TODAY.plusYears(1));
        String start = now();
        measure(f.indicator(), 300);
        String old = (String) Feed.readAll(start).ofPlan(f.plan()).get(0).get("cursor");
        measure(f.indicator(), 400, "PRELIMINARY");

        assertThat(retention.purgeBefore(Instant.now().plusSeconds(60))).isGreaterThan(0);

        given().queryParam("after", old).get("/api/v1/changes").then().statusCode(400)
                .body("violations[0].field", equalTo("after"))
                .body("violations[0].message", containsString("older than the feed keeps"));
        // A reader starting afresh reads what is kept (nothing yet), and goes on from there.
        Feed.Read fresh = Feed.readAll(null);
        assertThat(fresh.items()).isEmpty();
        measure(f.indicator(), 450, "ESTIMATED");
        assertThat(Feed.readAll(fresh.next()).ofPlan(f.plan())).extracting(i -> i.get("type"))
                .containsExactly("MEASUREMENT_CREATED");
    }

    private long statementsFor(Runnable request) {
        return Statements.count(sessionFactory, request);
    }
}
