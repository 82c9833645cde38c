import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Load generator for a running Duban service (a JDK 17 single-file program: {@code java bench/Load.java …}), used by
 * {@code bench/writes.sh} (the plan that wrk writes measurements into) and {@code bench/soak.sh}
 * (mixed reads, writes and imports for a duration, with heap, connection and thread samples). Exits 1 when any
 * request failed or, in the soak, when a resource grew.
 *
 * <pre>
 * java bench/Load.java fixture URL USER PASSWORD
 * java bench/Load.java count   URL USER PASSWORD INDICATOR_IDS
 * java bench/Load.java soak   URL USER PASSWORD CLIENTS SECONDS PID SAMPLE_SECONDS SEED_FILE
 * </pre>
 */
public class Load {

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args[0].equals("soak") && args.length < 9) {
            System.err.println("usage: java bench/Load.java fixture|count|soak URL USER PASSWORD [IDS | CLIENTS SECONDS PID SAMPLE_SECONDS SEED_FILE]");
            System.exit(2);
        }
        Client api = new Client(args[1], args[2], args[3]);
        boolean ok = switch (args[0]) {
            case "fixture" -> fixture(api);
            case "count" -> count(api, args[4]);
            case "soak" -> soak(api, Integer.parseInt(args[4]), Integer.parseInt(args[5]), Long.parseLong(args[6]),
                    Integer.parseInt(args[7]), Files.readAllBytes(Path.of(args[8])));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        System.exit(ok ? 0 : 1);
    }

    // ---------------------------------------------------------------------------------------------------- writes

    /**
     * Creates the plan {@code bench/writes.sh} writes into and prints its indicators' ids, comma-separated: 100 tasks
     * with 8 indicators each, as a plan's units report into many indicators rather than all into one. 800 indicators
     * take 292,000 one-day measurements before the writes leave the plan's year (a warmed-up service writes several
     * hundred a second).
     */
    static boolean fixture(Client api) throws Exception {
        Fixture fixture = Fixture.create(api, 100, 8);
        System.out.println(fixture.indicators.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return true;
    }

    /** Prints how many measurements the indicators (comma-separated ids) hold: a check that every write created one. */
    static boolean count(Client api, String indicators) {
        Pattern total = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");
        long sum = 0;
        for (String id : indicators.split(",")) {
            Client.Result r = api.send("GET", "/api/v1/indicators/" + id + "/measurements?size=1", null, null);
            Matcher m = total.matcher(r.body());
            if (r.status() != 200 || !m.find()) {
                throw new IllegalStateException("cannot count the measurements of indicator " + id + ": " + r.body());
            }
            sum += Long.parseLong(m.group(1));
        }
        System.out.println(sum);
        return true;
    }

    // ---------------------------------------------------------------------------------------------------- soak

    /**
     * Mixed traffic: of every 20 requests a client sends, 12 are reads (task list, plan summary, an indicator with
     * its measurements), 5 measurement writes, 2 progress reports and 1 import of the seed table into a region of
     * its own. Every SAMPLE seconds the service's heap after a full GC, its open database connections and its live
     * threads are sampled.
     */
    static boolean soak(Client api, int clients, int seconds, long pid, int sampleSeconds, byte[] seed)
            throws Exception {
        Fixture fixture = Fixture.create(api, 1, clients);
        List<Sample> samples = new ArrayList<>();
        // Each sample is taken with no request in flight (the clients wait for it, a second or so), so that the heap
        // after GC is what the service keeps, not the work it is doing (an import holds its document and its parse),
        // and an active connection is one that leaked.
        ReentrantReadWriteLock quiet = new ReentrantReadWriteLock(true);
        Thread sampler = new Thread(() -> {
            long start = System.nanoTime();
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(sampleSeconds * 1000L);
                    Sample s;
                    quiet.writeLock().lock();
                    try {
                        s = Sample.take(api, pid, (System.nanoTime() - start) / 1_000_000_000L);
                    } finally {
                        quiet.writeLock().unlock();
                    }
                    synchronized (samples) {
                        samples.add(s);
                    }
                    System.out.println("sample: " + s);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.out.println("sample failed: " + e);
            }
        }, "sampler");
        sampler.start();
        AtomicLong imports = new AtomicLong();
        Stats stats = run(clients, seconds, (client, i, s) -> {
            quiet.readLock().lock();
            try {
                mixed(api, fixture, seed, imports, client, i, s);
            } finally {
                quiet.readLock().unlock();
            }
        });
        sampler.interrupt();
        sampler.join();
        // Judged on the samples taken during the run; the one after it is shown for comparison.
        System.out.println("sample after the load: " + Sample.take(api, pid, seconds));
        System.out.printf("soak: %d clients, %d s: %s%n", clients, seconds, stats.summary(seconds));
        return stats.errors() == 0 & Sample.stable(samples);
    }

    /** The i-th request of a soak client: of every 20, 12 reads, 5 measurements, 2 progress reports, 1 import. */
    private static void mixed(Client api, Fixture fixture, byte[] seed, AtomicLong imports, int client, long i,
            Stats s) {
        long indicator = fixture.indicators.get(client);
        switch ((int) (i % 20)) {
            case 0, 4, 8, 12, 16 -> measurement(api, indicator, i, s);
            case 1, 11 -> s.record("report", api.send("POST", "/api/v1/tasks/" + fixture.task + "/progress-reports",
                    "application/json", ("{\"period\":{\"from\":\"2023-01-01\",\"to\":\"2023-06-30\",\"label\":\"上半年\"},"
                            + "\"narrative\":\"第" + i + "次报告：推进顺利\"}").getBytes(StandardCharsets.UTF_8)), 201);
            case 19 -> s.record("import", api.send("POST", "/api/v1/imports?region=" + enc("浸泡市" + client + "-"
                    + imports.incrementAndGet()), "text/plain; charset=utf-8", seed), 201);
            case 2, 7, 13 -> s.record("read", api.send("GET", "/api/v1/tasks?plan=" + fixture.plan + "&size=50",
                    null, null), 200);
            case 3, 9, 15 -> s.record("read", api.send("GET", "/api/v1/plans/" + fixture.plan + "/summary",
                    null, null), 200);
            case 5, 14, 17 -> s.record("read", api.send("GET", "/api/v1/indicators/" + indicator, null, null), 200);
            default -> s.record("read", api.send("GET", "/api/v1/indicators/" + indicator
                    + "/measurements?size=20", null, null), 200);
        }
    }

    // ---------------------------------------------------------------------------------------------------- requests

    private static final LocalDate EPOCH = LocalDate.of(2023, 1, 1);

    /** A FINAL measurement for the n-th day from 2023-01-01, a period of its own, so that the write is a new row (201). */
    static void measurement(Client api, long indicator, long n, Stats stats) {
        LocalDate day = EPOCH.plusDays(n);
        String body = "{\"value\":" + (n % 1000) + ".5,\"unit\":\"亿元\",\"status\":\"FINAL\",\"period\":{\"from\":\""
                + day + "\",\"to\":\"" + day + "\",\"label\":\"" + day + "\"}}";
        stats.record("measurement", api.send("POST", "/api/v1/indicators/" + indicator + "/measurements",
                "application/json", body.getBytes(StandardCharsets.UTF_8)), 201);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** One client's loop body: the i-th request of client {@code client}. */
    interface Step {
        void run(int client, long i, Stats stats);
    }

    /** Runs {@code clients} threads for {@code seconds}, each calling its step until time is up. */
    static Stats run(int clients, int seconds, Step step) throws InterruptedException {
        Stats stats = new Stats();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                try {
                    for (long i = 0; System.nanoTime() < end; i++) {
                        step.run(client, i * clients + client, stats);
                    }
                } finally {
                    done.countDown();
                }
            }, "client-" + c).start();
        }
        done.await();
        return stats;
    }

    /** Counts, failures (by kind and status) and latencies. */
    static final class Stats {
        final LongAdder ok = new LongAdder();
        final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
        final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());

        void record(String kind, Client.Result r, int expected) {
            byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
            latencies.add(r.micros());
            if (r.status() == expected) {
                ok.increment();
            } else {
                failures.computeIfAbsent(kind + " " + r.status(), k -> new LongAdder()).increment();
                if (failures.get(kind + " " + r.status()).sum() <= 3) {
                    System.out.println("failure: " + kind + " " + r.status() + " " + r.body());
                }
            }
        }

        long errors() {
            return failures.values().stream().mapToLong(LongAdder::sum).sum();
        }

        String summary(int seconds) {
            List<Long> sorted;
            synchronized (latencies) {
                sorted = new ArrayList<>(latencies);
            }
            java.util.Collections.sort(sorted);
            long total = ok.sum() + errors();
            return String.format("%d requests (%.0f/s), %d errors %s, by kind %s, latency p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    total, total / (double) seconds, errors(), new TreeMap<>(failures), new TreeMap<>(byKind),
                    percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 100));
        }

        private static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
            return sorted.get(Math.max(0, i)) / 1000.0;
        }
    }

    /** A plan, a task and one indicator (target 500 亿元) per client, in a region of their own. */
    /** A plan of the year 2023 with tasks of indicators (工业投资 ≥ 500 亿元); {@code task} is the first task. */
    record Fixture(long plan, long task, List<Long> indicators) {
        static Fixture create(Client api, int tasks, int indicatorsPerTask) {
            String region = "压测市" + Long.toString(System.nanoTime(), 36);
            long plan = api.id(api.send("POST", "/api/v1/plans", "application/json", ("{\"title\":\"压测计划\",\"year\":2023,"
                    + "\"region\":\"" + region + "\",\"disclosure\":\"PUBLIC\"}").getBytes(StandardCharsets.UTF_8)));
            List<Long> taskIds = new ArrayList<>();
            List<Long> indicators = new ArrayList<>();
            for (int t = 1; t <= tasks; t++) {
                long task = api.id(api.send("POST", "/api/v1/tasks", "application/json", ("{\"planId\":" + plan
                        + ",\"ordinal\":" + t + ",\"content\":\"实现工业投资500亿元以上\",\"units\":[]}")
                        .getBytes(StandardCharsets.UTF_8)));
                taskIds.add(task);
                for (int c = 0; c < indicatorsPerTask; c++) {
                    indicators.add(api.id(api.send("POST", "/api/v1/tasks/" + task + "/indicators", "application/json",
                            ("{\"name\":\"工业投资" + c + "\",\"kind\":\"LEVEL\",\"target\":{\"comparator\":\"GTE\","
                                    + "\"value\":500,\"unit\":\"亿元\"}}").getBytes(StandardCharsets.UTF_8))));
                }
            }
            return new Fixture(plan, taskIds.get(0), indicators);
        }
    }

    /** Heap used after a full GC (jcmd), open database connections and live threads (/q/metrics). */
    record Sample(long second, long heapKiB, double connections, double threads) {
        private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

        static Sample take(Client api, long pid, long second) throws IOException, InterruptedException {
            // The class histogram collects the heap fully and counts what is left in the same pause: unlike GC.run
            // followed by GC.heap_info, nothing the service allocates in between (a scheduled job) is counted.
            String histogram = jcmd(pid, "GC.class_histogram");
            Matcher total = TOTAL.matcher(histogram);
            long used = total.find() ? Long.parseLong(total.group(1)) / 1024 : -1;
            String histograms = System.getenv("HISTOGRAMS");
            if (histograms != null && !histograms.isBlank()) {
                // What the heap holds, class by class, to compare samples when the heap moved.
                Path dir = Path.of(histograms);
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("histogram-" + second + "s.txt"), histogram);
            }
            String metrics = api.send("GET", "/q/metrics", null, null).body();
            return new Sample(second, used, metric(metrics, "agroal_active_count"), metric(metrics, "jvm_threads_live_threads"));
        }

        static String jcmd(long pid, String command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        }

        /** Sum of a metric's series (one per datasource or state), -1 when absent. */
        static double metric(String metrics, String name) {
            double sum = 0;
            boolean found = false;
            for (String line : metrics.split("\n")) {
                if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    found = true;
                }
            }
            return found ? sum : -1;
        }

        /**
         * Compares the first sample taken after the warm-up (the second one) with the last: heap after full GC within
         * ±10 %, open connections not above the first sample's maximum pool use, threads not growing by more than 5.
         */
        static boolean stable(List<Sample> samples) {
            if (samples.size() < 3) {
                System.out.println("stability: too few samples to judge (" + samples.size() + ")");
                return false;
            }
            Sample early = samples.get(1);
            Sample late = samples.get(samples.size() - 1);
            double heapChange = (late.heapKiB - early.heapKiB) / (double) early.heapKiB;
            boolean heap = Math.abs(heapChange) <= 0.10;
            boolean connections = late.connections <= Math.max(early.connections, 1);
            boolean threads = late.threads <= early.threads + 5;
            System.out.printf("stability: heap after GC %d KiB -> %d KiB (%+.1f %%) %s; active connections %.0f -> %.0f %s;"
                            + " live threads %.0f -> %.0f %s%n", early.heapKiB, late.heapKiB, heapChange * 100,
                    heap ? "OK" : "MOVED", early.connections, late.connections, connections ? "OK" : "GREW",
                    early.threads, late.threads, threads ? "OK" : "GREW");
            return heap && connections && threads;
        }
    }

    /** HTTP/1.1 with preemptive Basic credentials. */
    static final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;
        private final String authorization;

        Client(String base, String user, String password) {
            this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            this.authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        record Result(int status, String body, long micros) {
        }

        Result send(String method, String path, String contentType, byte[] body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization);
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            long start = System.nanoTime();
            try {
                HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                String text;
                try (InputStream in = r.body()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                return new Result(r.statusCode(), text, (System.nanoTime() - start) / 1000);
            } catch (IOException e) {
                return new Result(-1, e.toString(), (System.nanoTime() - start) / 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(-1, e.toString(), (System.nanoTime() - start) / 1000);
            }
        }

        /** The id of a created resource; fails the run on anything but 201. */
        long id(Result r) {
            if (r.status() != 201) {
                throw new IllegalStateException("setup failed: " + r.status() + " " + r.body());
            }
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
            if (!m.find()) {
                throw new IllegalStateException("no id in " + r.body());
            }
            return Long.parseLong(m.group(1));
        }
    }
}
