package org.duban.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;

/** A webhook receiver on a local port (the JDK's HttpServer): records what it is sent, answers the statuses it is told. */
public final class Receiver implements AutoCloseable {

    /** One request received: headers (names lower-cased) and the raw body. */
    public record Received(Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedDeque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private volatile java.util.function.ToIntFunction<Received> responder = r -> 200;

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
                Received request = new Received(headers, body.readAllBytes());
                received.add(request);
                Integer status = statuses.poll();
                exchange.sendResponseHeaders(status != null ? status : responder.applyAsInt(request), -1);
            }
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next requests are answered with these statuses, then 200 again. */
    public void answer(int... codes) {
        for (int code : codes) {
            statuses.add(code);
        }
    }

    /** Once the queued statuses are used up, each request is answered what this says. */
    public void respond(java.util.function.ToIntFunction<Received> responder) {
        this.responder = responder;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Waits until at least {@code count} requests came; returns them all. */
    public List<Received> await(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<Received> all = received();
        if (all.size() < count) {
            throw new AssertionError("the receiver got " + all.size() + " requests in " + timeout + ", expected "
                    + count + ": " + all.stream().map(Received::text).toList());
        }
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
