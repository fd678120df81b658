package com.customerhealth.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A webhook receiver on 127.0.0.1, as a subscriber runs one: it keeps every request it is sent (headers,
 * body, when it arrived) and answers each with the status {@code answer} gives for its number (1, 2, …),
 * so a test can have it fail before it takes a message. It can be stopped and started again on the same
 * port, for a receiver that is down for a while.
 *
 * <pre>
 * try (RecordingReceiver receiver = RecordingReceiver.start(n -&gt; n &lt;= 2 ? 500 : 200)) {
 *     String url = receiver.url();                  // http://127.0.0.1:PORT/hook
 *     receiver.awaitIds(Set.of("…/raised"), Duration.ofSeconds(30));   // fails when they do not come
 * }
 * </pre>
 */
public final class RecordingReceiver implements AutoCloseable {

    /** A request as it arrived, header names in lower case. */
    public record Request(Instant at, Map<String, List<String>> headers, String body, int answered) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The body as JSON: a CloudEvent. */
        public JsonObject event() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** Whether Standard Webhooks' own library verifies the request's signature under {@code secret}. */
        public boolean signedWith(String secret) {
            try {
                new Webhook(secret).verify(body, headers);
                return true;
            } catch (WebhookVerificationException e) {
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private int port;
    private final IntUnaryOperator answer;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger holding = new AtomicInteger();
    private volatile Predicate<Request> holdWhile = request -> false;
    private final Object held = new Object();
    private HttpServer server;

    private RecordingReceiver(int port, IntUnaryOperator answer) {
        this.port = port;
        this.answer = answer;
    }

    /** A receiver answering the n-th request with {@code answer.applyAsInt(n)}, on a free port. */
    public static RecordingReceiver start(IntUnaryOperator answer) {
        RecordingReceiver receiver = new RecordingReceiver(0, answer);
        receiver.open(0);
        return receiver;
    }

    /** A receiver that takes everything. */
    public static RecordingReceiver accepting() {
        return start(n -> 200);
    }

    /** A receiver not yet listening on a port kept for it, started later with {@link #resume()}. */
    public static RecordingReceiver down(IntUnaryOperator answer) {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new RecordingReceiver(socket.getLocalPort(), answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Listens again (or for the first time) on its port. */
    public synchronized void resume() {
        if (server == null) {
            open(port);
        }
    }

    /** Stops listening: a sender's connections are refused until {@link #resume()}. */
    public synchronized void pause() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Makes requests for which {@code hold} is true wait, unanswered, until {@link #letGo()}. */
    public void holdWhile(Predicate<Request> hold) {
        holdWhile = hold;
    }

    /** How many requests it holds unanswered now. */
    public int holding() {
        return holding.get();
    }

    /** Answers every request held and holds none from now on. */
    public void letGo() {
        holdWhile = request -> false;
        synchronized (held) {
            held.notifyAll();
        }
    }

    private synchronized void open(int on) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), on), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            int status = answer.applyAsInt(count.incrementAndGet());
            Request request = new Request(Instant.now(), Map.copyOf(headers), body, status);
            synchronized (held) {
                if (holdWhile.test(request)) {
                    holding.incrementAndGet();
                    try {
                        while (holdWhile.test(request)) {
                            held.wait();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } finally {
                        holding.decrementAndGet();
                    }
                }
            }
            requests.add(request);
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** {@code http://127.0.0.1:PORT/hook}. */
    public String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    /** Every request answered so far, in the order they were answered. */
    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** The ids ({@code webhook-id}) of the requests it took with a 2xx, each once. */
    public Set<String> takenIds() {
        return requests.stream().filter(request -> request.answered() / 100 == 2).map(request -> request.header("webhook-id"))
                .collect(Collectors.toSet());
    }

    /** Waits until it took a request with each of {@code ids}, at most {@code atMost}; fails otherwise. */
    public void awaitIds(Set<String> ids, Duration atMost) {
        Await.until("the receiver to take " + ids.size() + " messages", () -> takenIds().containsAll(ids), atMost,
                () -> "missing: " + ids.stream().filter(id -> !takenIds().contains(id)).sorted().toList());
    }

    @Override
    public void close() {
        letGo();
        pause();
    }
}
