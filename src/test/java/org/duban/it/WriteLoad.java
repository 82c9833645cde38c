package org.duban.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes to a {@link ServiceProcess} from several threads until stopped, remembering every write the service
 * acknowledged (2xx) and every answer it gave, so that a test can interrupt the service in the middle (kill -9,
 * SIGTERM) and then check that nothing acknowledged was lost and that no import was left half done.
 *
 * <p>The writers: {@value #MEASUREMENT_WRITERS} post measurements, each on an indicator of its own and each time for a
 * new period; one posts progress reports; one creates tasks; one imports the seed completion table again and again,
 * each time into a region of its own, so that an import is nearly always in flight.
 */
final class WriteLoad {

    static final int MEASUREMENT_WRITERS = 4;
    /** Lights depend on the date: the import check compares summaries as of a fixed one. */
    private static final String AS_OF = "2023-12-31";

    private final ServiceClient client;
    private final byte[] seed;
    private final String region = "持久市" + Long.toString(System.nanoTime(), 36);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    /** Acknowledged writes: the path to read each back, and the fields its answer had. */
    private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    /** Every region an import was sent for, acknowledged or not. */
    private final Queue<String> importRegions = new ConcurrentLinkedQueue<>();
    private final Queue<String> acknowledgedImports = new ConcurrentLinkedQueue<>();
    /** Every answer that was not a 2xx, with what was asked. */
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
    private final Queue<ServiceClient.Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger importsInFlight = new AtomicInteger();
    private final AtomicReference<Throwable> crashed = new AtomicReference<>();

    record Acknowledged(String path, Map<String, String> fields) {
    }

    WriteLoad(ServiceClient client) {
        this.client = client;
        try (InputStream in = WriteLoad.class.getClassLoader()
                .getResourceAsStream("seed/2023-zhoushan-completion-table.txt")) {
            this.seed = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the plan, tasks and indicators the writers use, then starts them. */
    void start() {
        long plan = client.create("/api/v1/plans", Map.of("title", "持久性测试", "year", 2023, "region", region,
                "disclosure", "PUBLIC"));
        AtomicInteger ordinal = new AtomicInteger();
        for (int w = 0; w < MEASUREMENT_WRITERS; w++) {
            // A task per writer: a measurement touches its indicator and task, and writers must not race each other.
            long task = task(plan, ordinal.incrementAndGet());
            long indicator = client.create("/api/v1/tasks/" + task + "/indicators", Map.of("name", "工业投资" + w,
                    "kind", "LEVEL", "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元")));
            spawn("measurements-" + w, i -> measurement(indicator, i));
        }
        long reportTask = task(plan, ordinal.incrementAndGet());
        spawn("reports", i -> report(reportTask, i));
        spawn("tasks", i -> {
            int n = ordinal.incrementAndGet();
            write("/api/v1/tasks/", client.postJson("/api/v1/tasks", Map.of("planId", plan, "ordinal", n,
                    "content", "第" + n + "项任务：完成持久性验证", "units", List.of())), "ordinal", "content");
        });
        spawn("imports", i -> importSeed(region + "-导入" + i));
    }

    private long task(long plan, int ordinal) {
        return client.create("/api/v1/tasks", Map.of("planId", plan, "ordinal", ordinal,
                "content", "第" + ordinal + "项任务：实现工业投资500亿元以上", "units", List.of()));
    }

    private void measurement(long indicator, long i) {
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(i);
        var answer = client.postJson("/api/v1/indicators/" + indicator + "/measurements", Map.of(
                "value", new BigDecimal(i + ".25"), "unit", "亿元", "status", "FINAL",
                "period", Map.of("from", day.toString(), "to", day.toString(), "label", day.toString())));
        write("/api/v1/measurements/", answer, "value", "unit");
    }

    private void report(long task, long i) {
        var answer = client.postJson("/api/v1/tasks/" + task + "/progress-reports", Map.of(
                "period", Map.of("from", "2023-01-01", "to", "2023-06-30", "label", "上半年"),
                "narrative", "第" + i + "次报告：已完成阶段目标"));
        write("/api/v1/tasks/" + task + "/progress-reports/", answer, "narrative");
    }

    private void importSeed(String importRegion) {
        importRegions.add(importRegion);
        importsInFlight.incrementAndGet();
        ServiceClient.Answer answer;
        try {
            answer = client.post("/api/v1/imports?region=" + ServiceClient.encode(importRegion),
                    "text/plain; charset=utf-8", seed);
        } finally {
            importsInFlight.decrementAndGet();
        }
        answers.add(answer);
        if (answer.ok()) {
            acknowledgedImports.add(importRegion);
        } else {
            refusals.add("import " + importRegion + ": " + answer);
        }
    }

    /** Remembers an acknowledged create with the fields to compare after the restart. */
    private void write(String readPathPrefix, ServiceClient.Answer answer, String... fields) {
        answers.add(answer);
        if (!answer.ok()) {
            refusals.add(readPathPrefix + ": " + answer);
            return;
        }
        JsonNode body = answer.json();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, body.get(field).asText());
        }
        acknowledged.add(new Acknowledged(readPathPrefix + body.get("id").asLong(), values));
    }

    private interface Step {
        void run(long i);
    }

    private void spawn(String name, Step step) {
        Thread thread = new Thread(() -> {
            try {
                for (long i = 1; running.get(); i++) {
                    step.run(i);
                }
            } catch (Throwable e) {
                crashed.compareAndSet(null, e);
            }
        }, "write-load-" + name);
        threads.add(thread);
        thread.start();
    }

    /** Acknowledged writes so far (imports not included). */
    int acknowledgedWrites() {
        return acknowledged.size();
    }

    int acknowledgedImports() {
        return acknowledgedImports.size();
    }

    boolean importInFlight() {
        return importsInFlight.get() > 0;
    }

    /** Every answer received, in no particular order. */
    List<ServiceClient.Answer> answers() {
        return List.copyOf(answers);
    }

    /** Stops the writers (each finishes the request it is in) and waits for them. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(120_000);
            assertThat(thread.isAlive()).as(thread.getName() + " still running").isFalse();
        }
        assertThat(crashed.get()).as("a writer crashed").isNull();
    }

    /**
     * Reads every acknowledged write back, and checks every import that was sent: one that was acknowledged is there
     * whole; one that was not is there whole or not at all (never a plan without all its tasks, indicators and
     * actuals, nor an import record without its plan).
     */
    void verifyNothingAcknowledgedIsLost(ServiceClient reader) {
        List<String> lost = new ArrayList<>();
        for (Acknowledged write : acknowledged) {
            var answer = reader.get(write.path());
            if (answer.status() != 200) {
                lost.add(write.path() + " → " + answer);
                continue;
            }
            JsonNode body = answer.json();
            write.fields().forEach((field, value) -> {
                if (!value.equals(body.get(field).asText())) {
                    lost.add(write.path() + " " + field + ": acknowledged " + value + ", read " + body.get(field));
                }
            });
        }
        assertThat(lost).as("acknowledged writes missing or changed after the restart").isEmpty();

        JsonNode reference = null;
        for (String importRegion : importRegions) {
            JsonNode plans = reader.get("/api/v1/plans?region=" + ServiceClient.encode(importRegion)).json();
            long count = plans.get("totalItems").asLong();
            if (count == 0) {
                assertThat(acknowledgedImports).as("acknowledged import into " + importRegion + " is gone")
                        .doesNotContain(importRegion);
                continue;
            }
            assertThat(count).as("plans imported into " + importRegion).isEqualTo(1);
            long planId = plans.get("items").get(0).get("id").asLong();
            JsonNode summary = comparable(reader.get("/api/v1/plans/" + planId + "/summary?asOf=" + AS_OF).json());
            assertThat(reader.get("/api/v1/imports?plan=" + planId).json().get("totalItems").asLong())
                    .as("import records of " + importRegion).isEqualTo(1);
            if (reference == null) {
                reference = summary;
                assertThat(summary.get("totalTasks").asLong()).as("tasks of the seed").isEqualTo(12);
            } else {
                assertThat(summary).as("import into " + importRegion + " compared with a whole one").isEqualTo(reference);
            }
        }
    }

    /** A summary without the ids and names that differ from one import region to another. */
    private static JsonNode comparable(JsonNode summary) {
        ObjectNode copy = summary.deepCopy();
        copy.remove("planId");
        copy.withArray("units").forEach(unit -> ((ObjectNode) unit).remove("unitId"));
        return copy;
    }

    /** What was refused (not 2xx), for messages. */
    List<String> refusals() {
        return List.copyOf(refusals);
    }
}
