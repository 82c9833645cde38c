package org.duban.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every operation of the committed OpenAPI document, fuzzed against the packaged service: thousands of requests per
 * run with values valid and not — wrong types, 1 MB strings, NUL, lone surrogates, right-to-left and combining
 * characters, huge and negative numbers and pages, wrong and missing content types, duplicate keys, deep nesting — as
 * the admin and anonymously. None may answer a 5xx or show a stack trace or a class name, and a refused write must
 * leave the data as it was (the audit trail, which every write extends in its own transaction, is the fingerprint).
 */
class OpenApiFuzzIT {

    private static final int TRIES = 5_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Marks a lone surrogate in generated text: written into the JSON as the escape {@code \ud800}. */
    private static final char LONE = '\uD800';
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "org.duban", "org.hibernate", "java.lang",
            "java.util", "io.quarkus", "io.vertx", "jakarta.", "com.fasterxml", "org.h2", "org.postgresql", "SQL statement", "SQLState", "SQLException", "JDBC");
    private static final List<String> STRINGS = List.of("", " ", "市经信局", "舟山市", "2023", "0", "-1", "null", "true",
            "\u0000", "a\u0000b", String.valueOf(LONE), "x" + LONE + "y", "مرحبا بالعالم", "\u202Eevil\u202C",
            "e\u0301\u0301\u0301\u0301", "ﾃｽﾄ", "１２３", "😀👍🏽", "%", "_", "!", "\\", "'; drop table tasks; --",
            "<script>alert(1)</script>", "../../etc/passwd", "%00", "2023-02-30", "2023-11-30", "2024-01-19T01:17:00Z",
            "9999-12-31", "-999999999-01-01", "1e309", "NaN", "亿元", "%", "万元", "GTE", "LEAD", "PUBLIC", "RED");
    private static final List<String> NUMBERS = List.of("0", "1", "2", "3", "7", "12", "-1", "-2147483649",
            "2147483647", "2147483648", "9223372036854775807", "9223372036854775808", "99999999999999999999999999",
            "1e308", "1e-400", "-0.0", "1.5", "20.26", "3.14159265358979323846264338327950288");

    private static ServiceProcess service;
    private static List<Operation> operations;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private static final AtomicInteger SENT = new AtomicInteger();

    /** One operation of the document: method, path template, parameters and request body media types. */
    record Operation(String method, String path, List<JsonNode> parameters, Map<String, JsonNode> bodies) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeContainer
    static void start() throws IOException {
        JsonNode document = JSON.readTree(Path.of("openapi/openapi.json").toFile());
        operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                operation.path("parameters").forEach(parameters::add);
                Map<String, JsonNode> bodies = new java.util.LinkedHashMap<>();
                operation.path("requestBody").path("content").fields()
                        .forEachRemaining(c -> bodies.put(c.getKey(), c.getValue().path("schema")));
                operations.add(new Operation(method.toUpperCase(), path.getKey(), parameters, bodies));
            }
        }
        schemas = document.path("components").path("schemas");
        service = ServiceProcess.start(ServiceProcess.Options.defaults().demoData(true));
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
        System.out.println("OpenApiFuzzIT: " + SENT.get() + " requests over " + operations.size() + " operations");
    }

    @Provide
    Arbitrary<Operation> operations() {
        return Arbitraries.of(operations);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void shouldNeverFailOrLeakOrWriteWhenRefused(@ForAll("operations") Operation operation, @ForAll boolean asAdmin,
            @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        String fingerprint = operation.method().equals("GET") ? null : fingerprint();
        HttpRequest request = request(operation, asAdmin, random);
        HttpResponse<String> response = send(request);
        SENT.incrementAndGet();
        String described = request.method() + " " + request.uri() + " → " + response.statusCode() + " "
                + abbreviate(response.body());

        assertThat(response.statusCode()).as(described).isLessThan(500);
        for (String leak : LEAKS) {
            assertThat(response.body()).as(described).doesNotContain(leak);
        }
        if (fingerprint != null && response.statusCode() >= 400) {
            assertThat(fingerprint()).as("a refused write changed data: " + described).isEqualTo(fingerprint);
        }
    }

    // --- requests

    /**
     * Sends the request, once more on a fresh connection if the pooled one turned out closed: the server closes a
     * connection after refusing a request whose body it did not read, and the client may have pooled it meanwhile.
     */
    private static HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        IOException failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                failure = e;
            }
        }
        throw new AssertionError("no answer to " + request.method() + " " + abbreviate(request.uri().toString())
                + " " + request.headers().map(), failure);
    }

    private static HttpRequest request(Operation operation, boolean asAdmin, Random random) {
        StringBuilder uri = new StringBuilder(service.baseUrl());
        for (String part : operation.path().split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            uri.append('/').append(part.startsWith("{") ? encode(pathValue(random)) : part);
        }
        List<String> query = new ArrayList<>();
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60));
        for (JsonNode parameter : operation.parameters()) {
            String in = parameter.path("in").asText();
            if (in.equals("query") && random.nextInt(3) > 0) {
                query.add(encode(parameter.path("name").asText()) + "=" + encode(value(parameter.path("schema"),
                        random)));
            } else if (in.equals("header") && random.nextInt(4) == 0) {
                builder.header(parameter.path("name").asText(), headerSafe(STRINGS.get(random.nextInt(STRINGS.size()))
                        + (random.nextBoolean() ? "\"abc\"" : "*")));
            }
        }
        if (random.nextInt(10) == 0) {
            query.add(encode(STRINGS.get(random.nextInt(STRINGS.size()))) + "=" + encode(urlValue(random)));
        }
        // The whole request line stays below the HTTP layer's limit too (see urlValue).
        while (!query.isEmpty() && uri.length() + String.join("&", query).length() > 3_900) {
            query.remove(query.size() - 1);
        }
        if (!query.isEmpty()) {
            uri.append('?').append(String.join("&", query));
        }
        builder.uri(URI.create(uri.toString()));
        if (asAdmin) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (ServiceProcess.ADMIN + ":" + ServiceProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (operation.bodies().isEmpty() && random.nextInt(5) > 0) {
            return builder.method(operation.method(), HttpRequest.BodyPublishers.noBody()).build();
        }
        List<String> declared = new ArrayList<>(operation.bodies().keySet());
        String mediaType = declared.isEmpty() ? "application/json" : declared.get(random.nextInt(declared.size()));
        byte[] body = body(operation.bodies().get(mediaType), mediaType, random);
        int contentType = random.nextInt(10);
        if (contentType < 7) {
            builder.header("Content-Type", mediaType.startsWith("text/") || mediaType.contains("json")
                    ? mediaType + "; charset=UTF-8" : mediaType);
        } else if (contentType < 9) {
            builder.header("Content-Type", List.of("text/plain", "application/xml", "application/json",
                    "application/merge-patch+json", "multipart/form-data; boundary=x", "a/b;;;=", "text/csv;charset=nope")
                    .get(random.nextInt(7)));
        }
        return builder.method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static byte[] body(JsonNode schema, String mediaType, Random random) {
        if (!mediaType.contains("json")) {
            String text = random.nextInt(4) == 0 ? "序号|任务内容|牵头单位\n1|" + hostileString(random) + "|市经信局\n"
                    : hostileString(random);
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int shape = random.nextInt(20);
        if (shape == 0) {
            return deepNesting(random).getBytes(StandardCharsets.UTF_8);
        }
        if (shape == 1) {
            return "{\"a\":".getBytes(StandardCharsets.UTF_8); // cut short
        }
        String json = jsonText(schema == null ? NODES.objectNode() : generate(schema, random, 0));
        if (shape == 2 && json.startsWith("{\"")) {
            // a duplicate of the first key
            int colon = json.indexOf("\":");
            String key = json.substring(1, colon + 1);
            json = "{" + key + ":null," + json.substring(1);
        }
        if (shape == 3) {
            return new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'}; // not UTF-8
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String deepNesting(Random random) {
        int depth = 1 + random.nextInt(5000);
        return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** JSON text of a generated value, lone surrogates written as their escape so that they survive UTF-8. */
    private static String jsonText(JsonNode node) {
        try {
            return JSON.writeValueAsString(node).replace(String.valueOf(LONE), "\\ud800");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- values from schemas

    private static JsonNode schemas;

    private static JsonNode deref(JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        if (ref != null && ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static JsonNode generate(JsonNode schema, Random random, int depth) {
        if (random.nextInt(25) == 0) {
            return wrongType(random);
        }
        JsonNode resolved = deref(schema);
        if (resolved.has("enum")) {
            JsonNode values = resolved.get("enum");
            return random.nextInt(8) == 0 ? NODES.textNode(hostileString(random))
                    : values.get(random.nextInt(values.size()));
        }
        String type = resolved.path("type").asText(schema.path("type").asText("object"));
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                resolved.path("properties").fields().forEachRemaining(p -> {
                    if (random.nextInt(6) > 0) {
                        object.set(p.getKey(), generate(p.getValue(), random, depth + 1));
                    }
                });
                if (random.nextInt(15) == 0) {
                    object.put(hostileString(random), 1);
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(10) == 0 ? 60 + random.nextInt(200) : random.nextInt(4);
                for (int i = 0; i < size && depth <= 4; i++) {
                    array.add(generate(resolved.path("items"), random, depth + 1));
                }
                return array;
            }
            case "integer", "number" -> {
                String n = NUMBERS.get(random.nextInt(NUMBERS.size()));
                return type.equals("integer") && random.nextBoolean()
                        ? NODES.numberNode(random.nextInt(40) - 3)
                        : NODES.numberNode(new java.math.BigDecimal(n));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.textNode(stringFor(resolved, random));
            }
        }
    }

    private static String stringFor(JsonNode schema, Random random) {
        String format = schema.path("format").asText("");
        if (format.equals("date") && random.nextBoolean()) {
            return "2023-" + (1 + random.nextInt(12)) / 10 + (1 + random.nextInt(9)) + "-" + (10 + random.nextInt(19));
        }
        if (schema.has("examples") && random.nextBoolean()) {
            return schema.get("examples").get(0).asText();
        }
        return hostileString(random);
    }

    private static JsonNode wrongType(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(true);
            case 2 -> NODES.textNode(hostileString(random));
            case 3 -> NODES.numberNode(new java.math.BigDecimal(NUMBERS.get(random.nextInt(NUMBERS.size()))));
            case 4 -> NODES.arrayNode().add(1).add("a");
            default -> NODES.objectNode().put("a", 1);
        };
    }

    private static String value(JsonNode schema, Random random) {
        JsonNode resolved = deref(schema);
        if (resolved.has("enum") && random.nextBoolean()) {
            JsonNode values = resolved.get("enum");
            return values.get(random.nextInt(values.size())).asText();
        }
        String type = resolved.path("type").asText("string");
        if ((type.equals("integer") || type.equals("number")) && random.nextInt(3) > 0) {
            return random.nextBoolean() ? String.valueOf(random.nextInt(40) - 3)
                    : NUMBERS.get(random.nextInt(NUMBERS.size()));
        }
        if (type.equals("boolean") && random.nextBoolean()) {
            return String.valueOf(random.nextBoolean());
        }
        return urlValue(random);
    }

    /**
     * A hostile value for a URL, at most 3,000 characters once encoded: below the HTTP layer's request-line limit
     * (4,096), so that what is fuzzed is the service. Beyond the limit Vert.x refuses the request line itself and may
     * close the connection before the client has read its 414, which tells nothing about the service.
     */
    private static String urlValue(Random random) {
        String value = hostileString(random);
        while (encode(value).length() > 3_000) {
            value = value.substring(0, value.length() / 2);
        }
        return value;
    }

    private static String pathValue(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> NUMBERS.get(random.nextInt(NUMBERS.size()));
            case 1 -> urlValue(random);
            default -> String.valueOf(1 + random.nextInt(60));
        };
    }

    private static String hostileString(Random random) {
        return switch (random.nextInt(60)) {
            case 0 -> "字".repeat(1 + random.nextInt(300_000)); // up to about 1 MB in UTF-8
            case 1 -> "a".repeat(1_048_576);
            case 2 -> "x".repeat(8_001);
            default -> STRINGS.get(random.nextInt(STRINGS.size()));
        };
    }

    private static String encode(String value) {
        // A lone surrogate cannot be encoded as UTF-8: it becomes '?', which is hostile enough in a URL.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String headerSafe(String value) {
        StringBuilder safe = new StringBuilder();
        value.codePoints().filter(c -> c >= 0x20 && c < 0x7F).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    /** The newest audit entry and their count: any write the service makes extends the trail. */
    private static String fingerprint() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/v1/audit?size=1"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (ServiceProcess.ADMIN + ":" + ServiceProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> response = send(request);
        JsonNode page = JSON.readTree(response.body());
        return page.path("totalItems").asText() + "/" + page.path("items").path(0).path("id").asText();
    }
}
