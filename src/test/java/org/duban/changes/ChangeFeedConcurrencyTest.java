package org.duban.changes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.duban.support.Api;
import org.duban.support.Feed;
import org.junit.jupiter.api.Test;

/**
 * Gap-freeness under concurrent writers: a reader that follows {@code next} while eight clients write sees every
 * acknowledged write exactly once, each client's writes in the order they were acknowledged, and exactly the entries a
 * reader finds when it reads the same stretch again afterwards (an entry committed below a cursor the reader had
 * already passed would show there, and not in the live read).
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {

    private static final int WRITERS = 8;
    private static final int EACH = 15;

    @Inject
    ChangeQueries changes;

    @Test
    void shouldShowALiveReaderEveryAcknowledgedWriteOnceAndInOrder() throws Exception {
        String region = Api.newRegion();
        long plan = Api.createPlan(region, 2023);
        List<Long> tasks = new ArrayList<>();
        for (int t = 0; t < WRITERS; t++) {
            tasks.add(Api.createTask(plan, t + 1, "任务 " + t, List.of()));
        }
        // A measurement per write too, so that some transactions also write derived entries (verdicts, lights).
        long indicator = Api.post("/api/v1/tasks/" + tasks.get(0) + "/indicators", Map.of("name", "工业投资",
                "kind", "LEVEL", "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        String start = Long.toString(changes.head().last());

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<List<Long>> acknowledged = new ArrayList<>();
        List<Map<String, Object>> live = Collections.synchronizedList(new ArrayList<>());
        try {
            Future<String> reader = pool.submit(() -> {
                String cursor = start;
                go.await();
                boolean lastPass = false;
                while (true) {
                    JsonPath page = given().queryParam("after", cursor).queryParam("size", 7).get("/api/v1/changes")
                            .then().statusCode(200).extract().jsonPath();
                    List<Map<String, Object>> items = page.getList("items");
                    live.addAll(items);
                    cursor = page.getString("next");
                    if (items.isEmpty()) {
                        if (lastPass) {
                            return cursor;
                        }
                        // One more pass after the writers are done, to read what committed last.
                        lastPass = !writing.get();
                        Thread.sleep(10);
                    }
                }
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                long task = tasks.get(w);
                int writer = w;
                List<Long> mine = Collections.synchronizedList(new ArrayList<>());
                acknowledged.add(mine);
                writers.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < EACH; i++) {
                        if (writer == 0 && i % 3 == 0) {
                            given().contentType(ContentType.JSON).body(Map.of("value", 100 + i * 40, "unit", "亿元",
                                            "status", "FINAL", "period", Map.of("from", "2023-01-01",
                                                    "to", "2023-" + String.format("%02d", 1 + i / 3) + "-28")))
                                    .post("/api/v1/indicators/" + indicator + "/measurements").then().statusCode(201);
                        }
                        long id = given().contentType(ContentType.JSON).body(Map.of("narrative", "进展 " + writer + "-" + i,
                                        "period", Map.of("from", "2023-01-01", "to", "2023-06-30")))
                                .post("/api/v1/tasks/" + task + "/progress-reports").then().statusCode(201)
                                .extract().jsonPath().getLong("id");
                        mine.add(id);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            String end = reader.get(5, TimeUnit.MINUTES);

            List<Map<String, Object>> mine = live.stream().filter(i -> i.get("planId") != null
                    && ((Number) i.get("planId")).longValue() == plan).toList();
            List<Long> cursors = live.stream().map(i -> Long.parseLong((String) i.get("cursor"))).toList();
            assertThat(cursors).as("cursors of the live read").isSorted().doesNotHaveDuplicates();

            List<Long> reportsSeen = mine.stream().filter(i -> "PROGRESS_REPORT_CREATED".equals(i.get("type")))
                    .map(i -> ((Number) i.get("entityId")).longValue()).toList();
            List<Long> allAcknowledged = acknowledged.stream().flatMap(List::stream).toList();
            assertThat(allAcknowledged).hasSize(WRITERS * EACH);
            assertThat(reportsSeen).as("every acknowledged write, once").containsExactlyInAnyOrderElementsOf(allAcknowledged);
            for (List<Long> writer : acknowledged) {
                assertThat(reportsSeen.stream().filter(writer::contains).toList()).as("one client's writes in order")
                        .containsExactlyElementsOf(writer);
            }
            assertThat(mine.stream().filter(i -> "MEASUREMENT_CREATED".equals(i.get("type")))).hasSize(5);

            // Read again afterwards: the same entries, no more (nothing committed behind the live reader's back).
            Feed.Read again = Feed.readAll(start);
            assertThat(again.next()).isEqualTo(end);
            assertThat(again.items()).extracting(i -> i.get("cursor"))
                    .containsExactlyElementsOf(live.stream().map(i -> i.get("cursor")).toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
