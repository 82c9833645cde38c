package org.duban.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.duban.support.Api;
import org.duban.support.Receiver;
import org.junit.jupiter.api.Test;

/** Webhooks without private targets allowed (the default): SSRF refusals, validation, and admins only. */
@QuarkusTest
class WebhookResourceTest {

    private static final String SECRET = "舟山督查-2024-webhook-secret";

    @Inject
    WebhookSender sender;

    private static Map<String, Object> body(String url) {
        return Map.of("url", url, "events", List.of("LIGHT_CHANGED"), "secret", SECRET);
    }

    @Test
    void shouldRefuseTargetsInPrivateAndLoopbackRanges() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
                "http://172.16.0.9/hook", "http://192.168.1.20:9000/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://0.0.0.0/hook",
                "http://100.64.0.1/hook")) {
            Api.post("/api/v1/webhooks", body(url)).statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", equalTo("url"))
                    .body("violations[0].message", containsString("public addresses"));
        }
        given().get("/api/v1/webhooks").then().statusCode(200).body("items.url", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem("http://127.0.0.1:8080/hook")));
    }

    @Test
    void shouldRefuseAPrivateTargetAtDeliveryTimeToo() throws Exception {
        try (Receiver receiver = new Receiver()) {
            WebhookSender.Result result = sender.send(receiver.url(), SECRET, "LIGHT_CHANGED",
                    "5f0c2a7e-8d1b-4a55-9d4e-1c2b3a4d5e6f", "{}");
            assertThat(result.delivered()).isFalse();
            assertThat(result.statusCode()).isNull();
            assertThat(result.error()).startsWith("refused").contains("loopback");
            Thread.sleep(200);
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void shouldRefuseMalformedRequests() {
        Api.post("/api/v1/webhooks", body("ftp://example.com/hook")).statusCode(400)
                .body("violations[0].field", equalTo("url"));
        Api.post("/api/v1/webhooks", body("not a url")).statusCode(400)
                .body("violations[0].field", equalTo("url"));
        Api.post("/api/v1/webhooks", body("http://user:pw@example.com/hook")).statusCode(400)
                .body("violations[0].field", equalTo("url"));
        Api.post("/api/v1/webhooks", Map.of("url", "https://example.com/hook", "events", List.of("LIGHT_CHANGED",
                "TASK_RENAMED"), "secret", SECRET)).statusCode(400)
                .body("violations[0].field", equalTo("events[1]"));
        Api.post("/api/v1/webhooks", Map.of("url", "https://example.com/hook", "events", List.of(), "secret", SECRET))
                .statusCode(400).body("violations[0].field", equalTo("events"));
        Api.post("/api/v1/webhooks", Map.of("url", "https://example.com/hook", "events", List.of("LIGHT_CHANGED"),
                "secret", "short")).statusCode(400).body("violations[0].field", equalTo("secret"));
        Api.post("/api/v1/webhooks", Map.of("url", "https://example.com/hook", "events", List.of("LIGHT_CHANGED")))
                .statusCode(400).body("violations[0].field", equalTo("secret"));
    }

    @Test
    void shouldLetOnlyAdminsManageWebhooks() {
        Api.anonymous().get("/api/v1/webhooks").then().statusCode(401).contentType("application/problem+json");
        Api.anonymous().contentType("application/json").body(body("https://example.com/hook"))
                .post("/api/v1/webhooks").then().statusCode(401);
        for (String role : List.of("viewer", "editor")) {
            Api.Account account = Api.createAccount(role);
            Api.as(account).get("/api/v1/webhooks").then().statusCode(403).contentType("application/problem+json");
            Api.as(account).contentType("application/json").body(body("https://example.com/hook"))
                    .post("/api/v1/webhooks").then().statusCode(403);
            Api.as(account).get("/api/v1/webhooks/1/deliveries").then().statusCode(403);
            Api.as(account).delete("/api/v1/webhooks/1").then().statusCode(403);
        }
        given().get("/api/v1/webhooks/987654321").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/webhooks/987654321/deliveries").then().statusCode(404);
    }
}
