package com.customerhealth.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local server answering as Zendesk's incremental exports do, with the pages recorded from its documentation
 * under {@code src/test/resources/adapters/zendesk/} (their sources in the README beside them): tickets (two
 * cursor pages), ticket events (two time pages), the comment authors, satisfaction ratings (two cursor pages).
 * It records every request, answers a path with a scripted failure once when told, and holds a path's next
 * request until released, so a test can stop the plugin while a page is being read.
 *
 * <pre>{@code
 * try (RecordedZendesk zendesk = RecordedZendesk.start()) {
 *     zendesk.failOnce("/api/v2/incremental/ticket_events.json", 429, "2");
 *     // start a backfill of zendesk.base() …
 * }
 * }</pre>
 */
public final class RecordedZendesk implements AutoCloseable {

    /** The paths of the exports, as the reader asks for them. */
    public static final String TICKETS = "/api/v2/incremental/tickets/cursor.json";
    public static final String TICKET_EVENTS = "/api/v2/incremental/ticket_events.json";
    public static final String USERS = "/api/v2/users/show_many.json";
    public static final String RATINGS = "/api/v2/satisfaction_ratings.json";

    private final HttpServer server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    /** Answers to give instead of the page, by path, once each: status and Retry-After (or null). */
    private final Map<String, String[]> failures = new ConcurrentHashMap<>();
    /** Paths whose next request waits until its latch is released. */
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

    private RecordedZendesk(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free loopback port. */
    public static RecordedZendesk start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            // A held request must not keep the next one from being answered.
            server.setExecutor(Executors.newCachedThreadPool());
            RecordedZendesk zendesk = new RecordedZendesk(server);
            server.createContext("/", zendesk::answer);
            server.start();
            return zendesk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its address, as a backfill's URL. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Each request so far as {@code path?query}, decoded, in order. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Each request's {@code Authorization} header, in order. */
    public List<String> authorizations() {
        synchronized (authorizations) {
            return List.copyOf(authorizations);
        }
    }

    /** Forgets the requests so far. */
    public void forget() {
        requests.clear();
        authorizations.clear();
    }

    /** Answers the next request of {@code path} with {@code status} (and {@code Retry-After}, unless null). */
    public void failOnce(String path, int status, String retryAfter) {
        failures.put(path, new String[] {Integer.toString(status), retryAfter});
    }

    /** Holds the next request of {@code path} until {@link #release} (at most 2 minutes). */
    public void holdNext(String path) {
        holds.put(path, new CountDownLatch(1));
        held.put(path, new CountDownLatch(1));
    }

    /** Whether the request of {@code path} that {@link #holdNext} asked for is being held, waiting up to {@code seconds}. */
    public boolean holding(String path, long seconds) throws InterruptedException {
        return held.get(path).await(seconds, TimeUnit.SECONDS);
    }

    /** Lets the held request of {@code path} go on (to a client that may be gone). */
    public void release(String path) {
        CountDownLatch hold = holds.remove(path);
        if (hold != null) {
            hold.countDown();
        }
    }

    @Override
    public void close() {
        holds.values().forEach(CountDownLatch::countDown);
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        requests.add(path + "?" + query);
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        CountDownLatch hold = holds.get(path);
        if (hold != null) {
            held.get(path).countDown();
            try {
                hold.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            holds.remove(path, hold);
        }
        String[] failure = failures.remove(path);
        if (failure != null) {
            if (failure[1] != null) {
                exchange.getResponseHeaders().add("Retry-After", failure[1]);
            }
            reply(exchange, Integer.parseInt(failure[0]), "{\"error\":\"refused\"}");
            return;
        }
        String page = switch (path) {
            case TICKETS -> query.contains("cursor=MTU3NjYxMzUzOS4wfHw0Njd8")
                    ? "tickets_cursor_page2.json" : query.contains("start_time=") ? "tickets_cursor_page1.json" : null;
            case TICKET_EVENTS -> !query.contains("include=comment_events") ? null
                    : query.contains("start_time=1601357503") ? "ticket_events_page2.json" : "ticket_events_page1.json";
            case USERS -> query.equals("ids=5031726587") ? "users_show_many.json" : null;
            case RATINGS -> !query.contains("score=received") ? null
                    : query.contains("page[after]=xxx") ? "satisfaction_ratings_page2.json" : "satisfaction_ratings_page1.json";
            default -> null;
        };
        if (page == null) {
            reply(exchange, 404, "{\"error\":\"InvalidEndpoint\"}");
        } else {
            reply(exchange, 200, recorded(page));
        }
    }

    private static String recorded(String page) {
        try (InputStream in = RecordedZendesk.class.getResourceAsStream("/adapters/zendesk/" + page)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The client went away while its request was held: nobody is left to answer.
        } finally {
            exchange.close();
        }
    }
}
