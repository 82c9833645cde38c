package org.duban.consistency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.duban.changes.ChangeQueries;
import org.duban.support.Api;
import org.duban.support.Feed;
import org.junit.jupiter.api.Test;

/**
 * Writes to different indicators of one task at once: each write recomputes the task's verdicts and light, and must
 * see its siblings' committed writes whole or not at all. A refresh that saw a sibling's new measurement but not its
 * new verdict (or the reverse) would store a stale verdict on the sibling and announce a change nobody made.
 */
@QuarkusTest
class SiblingWritesTest {

    @Inject
    ChangeQueries changes;

    private static final int CLIENTS = 8;
    private static final int EACH = 12;

    @Test
    void shouldAnnounceExactlyTheVerdictChangesTheWritesMadeWhenSiblingIndicatorsAreWrittenAtOnce() throws Exception {
        long plan = Api.createPlan(Api.newRegion(), 2023);
        long task = Api.createTask(plan, 1, "扩大有效投资", List.of());
        List<Long> indicators = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            indicators.add(Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "指标 " + c, "kind", "LEVEL",
                    "target", Map.of("comparator", "GTE", "value", 50, "unit", "亿元"))).statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        String start = Long.toString(changes.head().last());

        // Client c writes indicator c: a later day each time, alternately above and below the target, so that every
        // write changes that indicator's verdict and no other's.
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                long indicator = indicators.get(c);
                clients.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < EACH; i++) {
                        String day = LocalDate.of(2023, 3, 1).plusDays(i).toString();
                        given().contentType(ContentType.JSON).body(Map.of("value", i % 2 == 0 ? 80 : 20, "unit", "亿元",
                                        "status", "FINAL", "period", Map.of("from", day, "to", day)))
                                .post("/api/v1/indicators/" + indicator + "/measurements").then().statusCode(201);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> client : clients) {
                client.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Map<String, Object>> verdictChanges = Feed.readAll(start).ofPlan(plan).stream()
                .filter(i -> "VERDICT_CHANGED".equals(i.get("type"))).toList();
        for (long indicator : indicators) {
            List<Map<String, Object>> mine = verdictChanges.stream()
                    .filter(i -> ((Number) i.get("entityId")).longValue() == indicator).toList();
            assertThat(mine).as("verdict changes announced for indicator %d", indicator).hasSize(EACH);
            for (int i = 1; i < mine.size(); i++) {
                assertThat(mine.get(i).get("before")).as("each change starts where the last ended")
                        .isEqualTo(mine.get(i - 1).get("after"));
            }
            // The last write (i = EACH - 1, odd) is below the target: the stored verdict is the computed one.
            Object stored = given().get("/api/v1/indicators/" + indicator).then().statusCode(200)
                    .extract().path("effectiveVerdict");
            assertThat(stored).isEqualTo(((Map<?, ?>) mine.get(mine.size() - 1).get("after")).get("verdict"));
        }
    }
}
