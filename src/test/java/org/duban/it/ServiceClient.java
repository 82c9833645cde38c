package org.duban.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * A thread-safe HTTP client of a {@link ServiceProcess}, signed in as its admin, for tests that write from several
 * threads at once (REST Assured's static configuration is not made for that). Never throws on a failed exchange: a
 * refused connection or a reset is an {@link Answer} with status -1, so that tests can classify every outcome.
 */
final class ServiceClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
            (ServiceProcess.ADMIN + ":" + ServiceProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final ServiceProcess service;

    ServiceClient(ServiceProcess service) {
        this.service = service;
    }

    /**
     * One exchange: status (-1 when no HTTP answer came), content type, body, ETag, the failure if there was one, and
     * when it ended ({@link System#nanoTime()}).
     */
    record Answer(int status, String contentType, byte[] body, String etag, IOException failure, long receivedAt) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + text(), e);
            }
        }

        long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return failure != null ? failure.toString() : status + " " + text();
        }
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer postJson(String path, Object body) {
        try {
            return send("POST", path, "application/json", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer post(String path, String contentType, byte[] body) {
        return send("POST", path, contentType, body);
    }

    /** A JSON POST that must answer 201; returns the new resource's id. */
    long create(String path, Object body) {
        Answer answer = postJson(path, body);
        if (answer.status() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + answer);
        }
        return answer.id();
    }

    Answer send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                .timeout(Duration.ofSeconds(90)).header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Optional<String> type = response.headers().firstValue("Content-Type");
            return new Answer(response.statusCode(), type.orElse(""), response.body(),
                    response.headers().firstValue("ETag").orElse(null), null, System.nanoTime());
        } catch (IOException e) {
            return new Answer(-1, "", new byte[0], null, e, System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "", new byte[0], null, new IOException("interrupted", e), System.nanoTime());
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
