package org.duban.consistency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Creates conflict with nothing: eight clients appending to one parent at once, without If-Match, are all answered
 * 201 and every value is stored. A race the server lost is retried by the server, never handed back as a 412.
 */
@QuarkusTest
class ConcurrentCreatesTest {

    private static final int CLIENTS = 8;
    private static final int EACH = 8;

    @Test
    void shouldStoreEveryMeasurementEightClientsAppendToOneIndicator() throws Exception {
        long task = task();
        long indicator = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "工业投资", "kind", "LEVEL",
                "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        LocalDate start = LocalDate.of(2023, 1, 1);
        Map<Integer, Integer> statuses = race(n -> {
            LocalDate day = start.plusDays(n);
            return given().contentType(ContentType.JSON).body(Map.of("value", n, "unit", "亿元", "status", "FINAL",
                            "period", Map.of("from", start.toString(), "to", day.toString())))
                    .post("/api/v1/indicators/" + indicator + "/measurements").statusCode();
        });

        assertThat(statuses).containsOnlyKeys(201).containsEntry(201, CLIENTS * EACH);
        given().get("/api/v1/indicators/" + indicator + "/measurements?size=200").then().statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(CLIENTS * EACH));
    }

    @Test
    void shouldStoreEveryProgressReportTaskAndIndicatorCreatedAtOnce() throws Exception {
        long task = task();
        Map<Integer, Integer> reports = race(n -> given().contentType(ContentType.JSON)
                .body(Map.of("narrative", "进展 " + n, "period", Map.of("from", "2023-01-01", "to", "2023-06-30")))
                .post("/api/v1/tasks/" + task + "/progress-reports").statusCode());
        Map<Integer, Integer> indicators = race(n -> given().contentType(ContentType.JSON)
                .body(Map.of("name", "指标 " + n, "kind", "COUNT"))
                .post("/api/v1/tasks/" + task + "/indicators").statusCode());
        long plan = Api.createPlan(Api.newRegion(), 2023);
        Map<Integer, Integer> tasks = race(n -> given().contentType(ContentType.JSON)
                .body(Map.of("planId", plan, "ordinal", n + 1, "content", "任务 " + n, "units", List.of()))
                .post("/api/v1/tasks").statusCode());
        String region = Api.newRegion();
        Map<Integer, Integer> units = race(n -> given().contentType(ContentType.JSON)
                .body(Map.of("name", "单位" + n, "region", region, "kind", "MUNICIPAL_DEPARTMENT"))
                .post("/api/v1/units").statusCode());

        assertThat(reports).containsOnlyKeys(201);
        assertThat(indicators).containsOnlyKeys(201);
        assertThat(tasks).containsOnlyKeys(201);
        assertThat(units).containsOnlyKeys(201);
        given().get("/api/v1/tasks/" + task + "/progress-reports").then()
                .body("totalItems", org.hamcrest.Matchers.equalTo(CLIENTS * EACH));
        given().get("/api/v1/tasks/" + task + "/indicators").then()
                .body("totalItems", org.hamcrest.Matchers.equalTo(CLIENTS * EACH));
        given().get("/api/v1/tasks?plan=" + plan).then().body("totalItems", org.hamcrest.Matchers.equalTo(CLIENTS * EACH));
        given().get("/api/v1/units?region=" + region).then()
                .body("totalItems", org.hamcrest.Matchers.equalTo(CLIENTS * EACH));
    }

    @Test
    void shouldAnswerOneMeasurementReplayedByEveryClientAtOnceWithOneRow() throws Exception {
        long task = task();
        long indicator = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "减负", "kind", "LEVEL"))
                .statusCode(201).extract().jsonPath().getLong("id");
        Map<Integer, Integer> statuses = race(n -> given().contentType(ContentType.JSON)
                .body(Map.of("value", 51.5, "unit", "亿元", "status", "FINAL",
                        "period", Map.of("from", "2023-01-01", "to", "2023-11-30")))
                .post("/api/v1/indicators/" + indicator + "/measurements").statusCode());

        assertThat(statuses).containsEntry(201, 1).containsEntry(200, CLIENTS * EACH - 1);
        given().get("/api/v1/indicators/" + indicator + "/measurements").then()
                .body("totalItems", org.hamcrest.Matchers.equalTo(1));
    }

    private static long task() {
        long plan = Api.createPlan(Api.newRegion(), 2023);
        return Api.createTask(plan, 1, "扩大有效投资", List.of());
    }

    /** Runs {@code EACH} requests on each of {@code CLIENTS} threads started together; counts the statuses. */
    private static Map<Integer, Integer> race(IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < EACH; i++) {
                        statuses.merge(request.apply(next.getAndIncrement()), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> client : clients) {
                client.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return statuses;
    }
}
