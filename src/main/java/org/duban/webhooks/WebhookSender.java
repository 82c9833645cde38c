package org.duban.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.duban.config.DubanConfig;

/**
 * Sends one delivery: POSTs the JSON with the event, delivery id and HMAC-SHA256 signature headers, with connect and
 * request timeouts, following no redirects (a redirect could lead to an address the target check refuses).
 */
@ApplicationScoped
public class WebhookSender {

    /** What a receiver answered: a status code, or no status and why. */
    public record Result(Integer statusCode, long latencyMillis, String error) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final DubanConfig config;
    private final HttpClient client;

    public WebhookSender(DubanConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.webhooks().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of the body with the secret. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    Result send(String url, String secret, String event, String deliveryKey, String payload) {
        long start = System.nanoTime();
        URI uri;
        try {
            uri = WebhookTargets.parse(url);
            WebhookTargets.check(uri, config.webhooks().allowPrivateTargets());
        } catch (WebhookTargets.TargetRefused refused) {
            return new Result(null, elapsed(start), "refused: the URL " + refused.getMessage());
        }
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.webhooks().requestTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Duban-Webhooks/1")
                .header("X-Duban-Event", event)
                .header("X-Duban-Delivery", deliveryKey)
                .header("X-Duban-Signature", signature(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Result(status, elapsed(start), status >= 200 && status < 300 ? null
                    : "the receiver answered " + status);
        } catch (HttpTimeoutException e) {
            return new Result(null, elapsed(start), "timed out: " + e.getMessage());
        } catch (IOException e) {
            return new Result(null, elapsed(start), cut(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, elapsed(start), "interrupted");
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String cut(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
