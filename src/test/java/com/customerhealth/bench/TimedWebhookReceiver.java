package com.customerhealth.bench;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A subscriber's webhook endpoint on 127.0.0.1 that notes when each message arrived, by the wall clock (to
 * compare with the plugin's times, on the same machine) and by {@link System#nanoTime()} (for rates), and
 * answers with the status set for it: 200, or 503 while a benchmark piles up a backlog. The answer goes out
 * before the message is read and its signature checked, so that the receiver's own work is not part of the
 * sender's time.
 */
final class TimedWebhookReceiver implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TimedWebhookReceiver.class.getName());

    /**
     * A message as it arrived: when, what it was answered, and what it said.
     *
     * @param nanos     {@link System#nanoTime()} when the whole request was read
     * @param at        the wall clock then
     * @param status    the status answered
     * @param messageId its {@code webhook-id}
     * @param signed    whether its signature verified under the subscription's secret
     * @param event     the CloudEvent it carried; null when it was no JSON object
     */
    record Arrival(long nanos, Instant at, int status, String messageId, boolean signed, JsonObject event) {

        boolean taken() {
            return status / 100 == 2;
        }

        String type() {
            return event == null ? null : event.getString("type", null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Arrival> arrivals = new ArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private volatile Webhook signatures;

    private TimedWebhookReceiver(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** A receiver on a free port of 127.0.0.1, answering {@code status} until told otherwise. */
    static TimedWebhookReceiver start(int status) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The plugin sends to one subscription from one sender at a time; a few threads serve every sender.
        ExecutorService threads = Executors.newFixedThreadPool(16, task -> {
            Thread thread = new Thread(task, "receiver");
            thread.setDaemon(true);
            return thread;
        });
        TimedWebhookReceiver receiver = new TimedWebhookReceiver(server, threads);
        receiver.status.set(status);
        server.createContext("/", receiver::handle);
        server.setExecutor(threads);
        server.start();
        return receiver;
    }

    /** {@code http://127.0.0.1:PORT/hook}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The secret the subscription signs with, as the plugin answered it when the subscription was made. */
    void verifyWith(String secret) {
        try {
            signatures = new Webhook(secret);
        } catch (Exception e) {
            throw new IllegalArgumentException("The subscription's secret is no Standard Webhooks secret", e);
        }
    }

    /** Answers {@code code} from now on. */
    void answer(int code) {
        status.set(code);
    }

    /** Every message so far, in the order they were noted. */
    List<Arrival> arrivals() {
        synchronized (arrivals) {
            return new ArrayList<>(arrivals);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        int answered = status.get();
        String body;
        long nanos;
        Instant at;
        Map<String, List<String>> headers = new HashMap<>();
        try (exchange) {
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            nanos = System.nanoTime();
            at = Instant.now();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    List.copyOf(values)));
            exchange.sendResponseHeaders(answered, -1);
        }
        List<String> id = headers.getOrDefault("webhook-id", List.of());
        Arrival arrival = new Arrival(nanos, at, answered, id.isEmpty() ? null : id.get(0), signed(body, headers),
                event(body));
        synchronized (arrivals) {
            arrivals.add(arrival);
        }
    }

    private boolean signed(String body, Map<String, List<String>> headers) {
        Webhook check = signatures;
        if (check == null) {
            return false;
        }
        try {
            check.verify(body, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    private static JsonObject event(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A message that is no JSON object arrived", e);
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
