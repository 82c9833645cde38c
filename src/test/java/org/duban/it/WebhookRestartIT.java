package org.duban.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.duban.support.Receiver;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries survive {@code kill -9}: the packaged service is killed while its receiver is failing and changes
 * wait to be delivered, restarted on the same data, and then delivers every acknowledged change, in order, each under
 * the delivery id it had before the kill.
 */
class WebhookRestartIT {

    private static final String SECRET = "舟山督查-2024-webhook-secret";
    private static final int REPORTS = 10;
    private static final Duration AT_MOST = Duration.ofSeconds(120);

    private static ServiceProcess.Options options() {
        return ServiceProcess.Options.defaults()
                .environment("DUBAN_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true")
                .environment("DUBAN_WEBHOOKS_POLL_INTERVAL", "1s")
                .environment("DUBAN_WEBHOOKS_FIRST_RETRY", "PT1S")
                .environment("DUBAN_WEBHOOKS_MAX_RETRY_INTERVAL", "PT2S");
    }

    @Test
    void shouldDeliverEveryAcknowledgedChangeAfterAKill() throws Exception {
        try (Receiver receiver = new Receiver(); ServiceProcess service = ServiceProcess.start(options())) {
            receiver.respond(request -> 503);
            ServiceClient client = new ServiceClient(service);
            ServiceClient.Answer webhook = client.postJson("/api/v1/webhooks", Map.of("url", receiver.url(),
                    "events", List.of("PROGRESS_REPORT_CREATED"), "secret", SECRET));
            assertThat(webhook.status()).as(webhook.toString()).isEqualTo(201);
            ServiceClient.Answer plan = client.postJson("/api/v1/plans", Map.of("title", "2024年市政府工作报告任务清单",
                    "year", 2024, "region", "舟山市", "disclosure", "PUBLIC"));
            assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
            ServiceClient.Answer task = client.postJson("/api/v1/tasks", Map.of("planId", plan.id(), "ordinal", 1,
                    "content", "实现工业投资500亿元以上", "units", List.of()));
            assertThat(task.status()).as(task.toString()).isEqualTo(201);
            List<Long> acknowledged = new ArrayList<>();
            for (int i = 1; i <= REPORTS; i++) {
                ServiceClient.Answer report = client.postJson("/api/v1/tasks/" + task.id() + "/progress-reports",
                        Map.of("narrative", "第" + i + "次进展", "period", Map.of("from", "2024-01-01", "to", "2024-06-30")));
                assertThat(report.status()).as(report.toString()).isEqualTo(201);
                acknowledged.add(report.id());
            }
            // The first change has been attempted (and refused) at least twice: it waits, the others behind it.
            receiver.await(2, AT_MOST);
            String firstKey = receiver.received().get(0).header("X-Duban-Delivery");
            service.kill();

            receiver.respond(request -> 200);
            int before = receiver.received().size();
            service.restart();

            long deadline = System.nanoTime() + AT_MOST.toNanos();
            while (delivered(receiver, before).size() < REPORTS && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            List<Receiver.Received> after = receiver.received().subList(before, receiver.received().size());
            assertThat(List.copyOf(delivered(receiver, before))).as("changes delivered after the restart, in order")
                    .containsExactlyElementsOf(acknowledged);
            assertThat(after.get(0).header("X-Duban-Delivery")).as("the delivery id kept across the kill")
                    .isEqualTo(firstKey);
            for (Receiver.Received request : after) {
                assertThat(request.header("X-Duban-Signature")).isEqualTo(signature(request.body()));
            }
        }
    }

    /** The entity ids of the reports delivered since request number {@code from}, first delivery of each, in order. */
    private static Set<Long> delivered(Receiver receiver, int from) throws Exception {
        Set<Long> ids = new LinkedHashSet<>();
        List<Receiver.Received> all = receiver.received();
        for (Receiver.Received request : all.subList(from, all.size())) {
            JsonNode body = ServiceClient.JSON.readTree(request.body());
            ids.add(body.get("entityId").asLong());
        }
        return ids;
    }

    private static String signature(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }
}
