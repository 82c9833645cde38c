package org.duban.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.duban.support.Api;
import org.duban.support.Receiver;
import org.junit.jupiter.api.Test;

/**
 * Webhooks deliver to a real receiver on a local port (allowed by {@link PrivateTargetsProfile} only): signed, in
 * order, retried after a failure with the same delivery id, redelivered on request, and listed with their attempts.
 */
@QuarkusTest
@TestProfile(PrivateTargetsProfile.class)
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String SECRET = "舟山督查-2024-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Fixture(long plan, long task, long indicator) {
    }

    private static Fixture taskWithOneIndicator() {
        String region = Api.newRegion();
        int year = LocalDate.now().getYear();
        long plan = Api.createPlan(region, year);
        long task = Api.createTask(plan, 1, "实现工业投资500亿元以上", List.of());
        long indicator = Api.post("/api/v1/tasks/" + task + "/indicators", Map.of("name", "工业投资", "kind", "LEVEL",
                "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Fixture(plan, task, indicator);
    }

    private static long subscribe(Receiver receiver, String... events) {
        JsonPath created = Api.post("/api/v1/webhooks", Map.of("url", receiver.url(), "events", List.of(events),
                        "secret", SECRET, "description", "省督查平台：亮灯变化推送"))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/webhooks/"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")))
                .extract().jsonPath();
        return created.getLong("id");
    }

    /** The receiver's own check: HMAC-SHA256 of the raw body with the shared secret, as hex after "sha256=". */
    private static boolean signatureHolds(Receiver.Received request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.body()));
        return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                request.header("X-Duban-Signature").getBytes(StandardCharsets.US_ASCII));
    }

    private static JsonNode json(Receiver.Received request) {
        try {
            return JSON.readTree(request.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + request.text(), e);
        }
    }

    @Test
    void shouldPostSignedChangesOfTheSubscribedTypesInOrder() throws Exception {
        Fixture f = taskWithOneIndicator();
        try (Receiver receiver = new Receiver()) {
            long webhook = subscribe(receiver, "LIGHT_CHANGED", "VERDICT_CHANGED");
            given().get("/api/v1/webhooks/" + webhook).then().statusCode(200)
                    .body("url", equalTo(receiver.url()))
                    .body("events", equalTo(List.of("LIGHT_CHANGED", "VERDICT_CHANGED")))
                    .body("description", equalTo("省督查平台：亮灯变化推送"))
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
            assertThat(given().get("/api/v1/webhooks").then().statusCode(200).extract().asString()).doesNotContain(SECRET);

            Api.post("/api/v1/indicators/" + f.indicator() + "/measurements", Map.of("value", 300, "unit", "亿元",
                    "status", "FINAL", "period", Map.of("from", LocalDate.now().getYear() + "-01-01",
                            "to", LocalDate.now().getYear() + "-12-31"))).statusCode(201);

            List<Receiver.Received> got = receiver.await(2, WAIT);
            Thread.sleep(1500); // nothing more comes: the measurement itself was not subscribed to
            got = receiver.received();
            assertThat(got).hasSize(2);
            for (Receiver.Received request : got) {
                assertThat(signatureHolds(request)).as("signature of " + request.text()).isTrue();
                assertThat(request.header("Content-Type")).startsWith("application/json");
                assertThat(request.header("X-Duban-Event")).isEqualTo(json(request).get("type").asText());
                assertThat(request.header("X-Duban-Delivery")).matches("[0-9a-f-]{36}");
            }
            assertThat(got.get(0).header("X-Duban-Delivery")).isNotEqualTo(got.get(1).header("X-Duban-Delivery"));
            JsonNode verdict = json(got.get(0));
            JsonNode light = json(got.get(1));
            assertThat(verdict.get("type").asText()).isEqualTo("VERDICT_CHANGED");
            assertThat(verdict.get("entityId").asLong()).isEqualTo(f.indicator());
            assertThat(verdict.at("/before/verdict").asText()).isEqualTo("NO_DATA");
            assertThat(verdict.at("/after/verdict").asText()).isEqualTo("NOT_MET");
            assertThat(light.get("type").asText()).isEqualTo("LIGHT_CHANGED");
            assertThat(light.get("taskId").asLong()).isEqualTo(f.task());
            assertThat(light.at("/before/light").asText()).isEqualTo("GREY");
            assertThat(light.at("/after/light").asText()).isEqualTo("RED");
            assertThat(Long.parseLong(light.get("cursor").asText())).isGreaterThan(Long.parseLong(verdict.get("cursor").asText()));
            // A signature over other bytes does not hold: the receiver's check is a real one.
            assertThat(signatureHolds(new Receiver.Received(got.get(0).headers(), got.get(1).body()))).isFalse();

            JsonPath deliveries = given().get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                    .body("totalItems", equalTo(2)).extract().jsonPath();
            assertThat(deliveries.getList("items.state")).containsOnly("DELIVERED");
            assertThat(deliveries.getList("items.attempts[0].statusCode")).containsOnly(200);
            assertThat(deliveries.getList("items.deliveryId")).containsExactlyInAnyOrder(
                    got.get(0).header("X-Duban-Delivery"), got.get(1).header("X-Duban-Delivery"));
            given().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
            given().get("/api/v1/webhooks/" + webhook).then().statusCode(404);
        }
    }

    @Test
    void shouldRetryAfterAnErrorWithTheSameDeliveryIdAndKeepTheOrder() throws Exception {
        Fixture f = taskWithOneIndicator();
        try (Receiver receiver = new Receiver()) {
            receiver.answer(500);
            long webhook = subscribe(receiver, "PROGRESS_REPORT_CREATED");
            long first = report(f.task(), "1-3月完成投资100亿元");
            long second = report(f.task(), "1-6月完成投资230亿元");

            List<Receiver.Received> got = receiver.await(3, WAIT);
            assertThat(got).extracting(r -> json(r).get("entityId").asLong()).containsExactly(first, first, second);
            assertThat(got.get(1).header("X-Duban-Delivery")).isEqualTo(got.get(0).header("X-Duban-Delivery"));
            assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
            assertThat(got.get(2).header("X-Duban-Delivery")).isNotEqualTo(got.get(0).header("X-Duban-Delivery"));
            for (Receiver.Received request : got) {
                assertThat(signatureHolds(request)).isTrue();
            }

            JsonPath deliveries = given().get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                    .body("totalItems", equalTo(2)).extract().jsonPath();
            // Newest first: the second report's delivery, then the first's with its two attempts.
            assertThat(deliveries.getInt("items[1].attempts.size()")).isEqualTo(2);
            assertThat(deliveries.getInt("items[1].attempts[0].statusCode")).isEqualTo(500);
            assertThat(deliveries.getString("items[1].attempts[0].error")).isEqualTo("the receiver answered 500");
            assertThat(deliveries.getInt("items[1].attempts[1].statusCode")).isEqualTo(200);
            assertThat(deliveries.getLong("items[1].attempts[1].latencyMillis")).isGreaterThanOrEqualTo(0);
            assertThat(deliveries.getString("items[1].state")).isEqualTo("DELIVERED");

            // Redelivery on request: the same body under a new delivery id.
            long firstDelivery = deliveries.getLong("items[1].id");
            given().post("/api/v1/webhooks/" + webhook + "/deliveries/" + firstDelivery + "/redeliver").then()
                    .statusCode(202).body("state", equalTo("PENDING"));
            List<Receiver.Received> again = receiver.await(4, WAIT);
            assertThat(again.get(3).body()).isEqualTo(got.get(0).body());
            assertThat(again.get(3).header("X-Duban-Delivery")).isNotEqualTo(got.get(0).header("X-Duban-Delivery"));
            given().post("/api/v1/webhooks/" + webhook + "/deliveries/999999999/redeliver").then().statusCode(404)
                    .contentType("application/problem+json");
            given().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        }
    }

    @Test
    void shouldGiveUpAfterTheRetryPeriodAndDeliverTheNextChange() throws Exception {
        Fixture f = taskWithOneIndicator();
        try (Receiver receiver = new Receiver()) {
            receiver.respond(r -> r.text().contains("一季度未报") ? 503 : 200);
            long webhook = subscribe(receiver, "PROGRESS_REPORT_CREATED");
            long first = report(f.task(), "一季度未报");
            long second = report(f.task(), "1-6月完成投资230亿元");

            // retry-for is 6 s in this profile: the first change is given up, then the second one is delivered.
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (receiver.received().stream().noneMatch(r -> json(r).get("entityId").asLong() == second)
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            List<Receiver.Received> got = receiver.received();
            assertThat(got).extracting(r -> json(r).get("entityId").asLong()).startsWith(first).contains(second);
            assertThat(got.stream().filter(r -> json(r).get("entityId").asLong() == first).count()).isGreaterThan(1);
            given().get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                    .body("items.find { it.cursor == '" + json(got.get(0)).get("cursor").asText() + "' }.state",
                            equalTo("FAILED"));
            given().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
        }
    }

    private static long report(long task, String narrative) {
        return Api.post("/api/v1/tasks/" + task + "/progress-reports", Map.of("narrative", narrative,
                "period", Map.of("from", "2024-01-01", "to", "2024-06-30"))).statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
