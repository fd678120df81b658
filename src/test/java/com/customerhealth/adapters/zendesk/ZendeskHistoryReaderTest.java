package com.customerhealth.adapters.zendesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.adapters.RecordedWebhooks;
import com.customerhealth.backfill.HistoryConnection;
import com.customerhealth.backfill.HistoryPage;
import com.customerhealth.backfill.HistoryReader;
import com.customerhealth.backfill.HistoryUnavailable;
import com.customerhealth.events.HelpdeskEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader against a local server answering as Zendesk's incremental exports do, with their documented pages. */
class ZendeskHistoryReaderTest {

    private static final String TOKEN = "unit-token";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private HttpServer server;
    private URI base;
    /** Each request as {@code path?query}, decoded, in order. */
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    /** Answers to give instead of the page, by path, once each: status and Retry-After. */
    private final Map<String, String[]> failures = new ConcurrentHashMap<>();
    private final AtomicInteger paced = new AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        requests.add(path + "?" + query);
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        String[] failure = failures.remove(path);
        if (failure != null) {
            if (failure[1] != null) {
                exchange.getResponseHeaders().add("Retry-After", failure[1]);
            }
            reply(exchange, Integer.parseInt(failure[0]), "{\"error\":\"refused\"}");
            return;
        }
        String page = switch (path) {
            case "/api/v2/incremental/tickets/cursor.json" -> query.contains("cursor=MTU3NjYxMzUzOS4wfHw0Njd8")
                    ? "tickets_cursor_page2.json" : query.contains("start_time=") ? "tickets_cursor_page1.json" : null;
            case "/api/v2/incremental/ticket_events.json" -> !query.contains("include=comment_events") ? null
                    : query.contains("start_time=1601357503") ? "ticket_events_page2.json" : "ticket_events_page1.json";
            case "/api/v2/users/show_many.json" -> query.equals("ids=5031726587") ? "users_show_many.json" : null;
            case "/api/v2/satisfaction_ratings.json" -> !query.contains("score=received") ? null
                    : query.contains("page[after]=xxx") ? "satisfaction_ratings_page2.json" : "satisfaction_ratings_page1.json";
            default -> null;
        };
        if (page == null) {
            reply(exchange, 404, "{\"error\":\"InvalidEndpoint\"}");
        } else {
            reply(exchange, 200, new String(RecordedWebhooks.bytes("zendesk/" + page), StandardCharsets.UTF_8));
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private HistoryReader reader(String user) {
        HistoryConnection connection = new HistoryConnection(RecordedWebhooks.TENANT, base, user, TOKEN,
                ZendeskEvents.sourceOf(URI.create("https://acme.zendesk.com")), null);
        return new ZendeskHistoryReader(connection, paced::incrementAndGet, ZendeskHistoryReader.connect(base, TIMEOUT, TIMEOUT));
    }

    /** Reads from {@code cursor} to the last page. */
    private static List<HistoryPage> readAll(HistoryReader reader, String cursor) throws InterruptedException {
        List<HistoryPage> pages = new ArrayList<>();
        HistoryPage page;
        do {
            page = reader.read(cursor);
            pages.add(page);
            cursor = page.cursor();
        } while (!page.last());
        return pages;
    }

    private static List<String> ids(List<HistoryPage> pages) {
        return pages.stream().flatMap(page -> page.events().stream()).map(event -> event.header().id()).toList();
    }

    @Test
    void everyPageOfEveryExportIsRead() throws InterruptedException {
        List<HistoryPage> pages;
        try (HistoryReader reader = reader("admin@acme.com")) {
            pages = readAll(reader, null);
        }
        assertEquals(List.of(
                "/api/v2/incremental/tickets/cursor.json?start_time=0&include=users,organizations",
                "/api/v2/incremental/tickets/cursor.json?cursor=MTU3NjYxMzUzOS4wfHw0Njd8&include=users,organizations",
                "/api/v2/incremental/ticket_events.json?start_time=0&include=comment_events",
                "/api/v2/users/show_many.json?ids=5031726587",
                "/api/v2/incremental/ticket_events.json?start_time=1601357503&include=comment_events",
                "/api/v2/satisfaction_ratings.json?score=received&start_time=0&page[size]=100",
                "/api/v2/satisfaction_ratings.json?score=received&start_time=0&page[size]=100&page[after]=xxx"),
                requests);
        assertEquals(requests.size(), paced.get(), "the pacing is asked before each request");
        assertEquals(List.of(
                "zendesk-user-20978392-1304591932", "zendesk-organization-509974-1304591932", "zendesk-ticket-35436-created",
                "zendesk-ticket-35437-deleted",
                "zendesk-comment-91048994488", "zendesk-ticket-35436-status-solved-1245924918",
                "zendesk-rating-35436-1311202529", "zendesk-rating-120447-1342824929"), ids(pages));
        assertEquals(List.of(1, 1, 0, 0, 0, 0), pages.stream().map(HistoryPage::ticketsRead).toList());
        assertEquals(List.of(false, false, false, false, false, true), pages.stream().map(HistoryPage::last).toList());
        assertTrue(pages.stream().allMatch(page -> page.ticketsTotal() == null));
        HelpdeskEvent comment = pages.get(2).events().get(0);
        assertEquals("https://acme.zendesk.com", comment.header().source());
        assertEquals(RecordedWebhooks.TENANT, comment.header().tenantId());
    }

    @ParameterizedTest
    @CsvSource({"admin@acme.com, Basic", "'', Bearer"})
    void theTokenIsSentAsZendeskTakesIt(String user, String scheme) throws InterruptedException {
        try (HistoryReader reader = reader(user.isEmpty() ? null : user)) {
            reader.read(null);
        }
        String expected = scheme.equals("Basic")
                ? "Basic " + Base64.getEncoder().encodeToString("admin@acme.com/token:unit-token".getBytes(StandardCharsets.UTF_8))
                : "Bearer unit-token";
        assertEquals(List.of(expected), authorizations);
    }

    @Test
    void aCursorReadAgainGivesTheSameEventsAndANewReaderGoesOnFromIt() throws InterruptedException {
        List<HistoryPage> whole;
        try (HistoryReader reader = reader("admin@acme.com")) {
            whole = readAll(reader, null);
        }
        // Stopped after the ticket events' first page: a new reader (a restart) goes on from the kept cursor.
        String kept = whole.get(2).cursor();
        requests.clear();
        List<HistoryPage> rest;
        try (HistoryReader restarted = reader("admin@acme.com")) {
            rest = readAll(restarted, kept);
        }
        assertEquals(ids(whole.subList(3, whole.size())), ids(rest));
        assertEquals("/api/v2/incremental/ticket_events.json?start_time=1601357503&include=comment_events",
                requests.get(0));
        try (HistoryReader again = reader("admin@acme.com")) {
            assertEquals(whole.get(2).events(), again.read(whole.get(1).cursor()).events());
        }
    }

    @Test
    void theCursorWritesWhereEachExportStands() {
        ZendeskCursor at = ZendeskCursor.start(1700000000L).withTickets("MTU3NjYx+My9=;x").next().withEventsFrom(1700000500L)
                .next().withRatingsAfter("a b");
        assertEquals(at, ZendeskCursor.parse(at.text()));
        assertEquals(ZendeskCursor.Stream.RATINGS, at.stream());
        assertThrows(IllegalArgumentException.class, () -> ZendeskCursor.parse("rt1;page=3"));
    }

    @Test
    void a429WaitsItsRetryAfterAndTheSamePageIsReadAfter() throws InterruptedException {
        try (HistoryReader reader = reader("admin@acme.com")) {
            HistoryPage first = reader.read(null);
            failures.put("/api/v2/incremental/tickets/cursor.json", new String[] {"429", "17"});
            HistoryUnavailable limited = assertThrows(HistoryUnavailable.class, () -> reader.read(first.cursor()));
            assertEquals(Duration.ofSeconds(17), limited.retryAfter());
            assertTrue(limited.getMessage().contains("429"), limited.getMessage());
            HistoryPage second = reader.read(first.cursor());
            assertEquals(List.of("zendesk-ticket-35437-deleted"), ids(List.of(second)));
        }
    }

    @ParameterizedTest
    @CsvSource({"500, 30", "503, 30", "429, 60"})
    void aServerErrorOrA429WithoutRetryAfterWaitsAWhile(int status, long seconds) {
        failures.put("/api/v2/incremental/tickets/cursor.json", new String[] {Integer.toString(status), null});
        try (HistoryReader reader = reader("admin@acme.com")) {
            HistoryUnavailable unavailable = assertThrows(HistoryUnavailable.class, () -> reader.read(null));
            assertEquals(Duration.ofSeconds(seconds), unavailable.retryAfter());
        }
    }

    @ParameterizedTest
    @CsvSource({"401, credentials", "403, admin's API token", "404, (404)"})
    void refusedCredentialsOrNoSuchAccountEndTheBackfillSayingWhatToFix(int status, String said) {
        failures.put("/api/v2/incremental/tickets/cursor.json", new String[] {Integer.toString(status), null});
        try (HistoryReader reader = reader("admin@acme.com")) {
            HistoryUnavailable refused = assertThrows(HistoryUnavailable.class, () -> reader.read(null));
            assertNull(refused.retryAfter());
            assertTrue(refused.getMessage().contains(said), refused.getMessage());
        }
    }

    @Test
    void aZendeskThatCannotBeReachedIsAskedAgainSoon() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closed);
        HistoryConnection connection = new HistoryConnection(RecordedWebhooks.TENANT, nowhere, null, TOKEN,
                "https://acme.zendesk.com", null);
        try (HistoryReader reader = new ZendeskHistoryReader(connection, () -> { }, ZendeskHistoryReader.connect(nowhere, TIMEOUT, TIMEOUT))) {
            HistoryUnavailable unreachable = assertThrows(HistoryUnavailable.class, () -> reader.read(null));
            assertEquals(ZendeskHistoryReader.SHORT_WAIT, unreachable.retryAfter());
            assertNotNull(unreachable.getCause());
        }
    }

    @Test
    void aCursorOfAnotherKindEndsTheBackfill() {
        try (HistoryReader reader = reader("admin@acme.com")) {
            HistoryUnavailable refused = assertThrows(HistoryUnavailable.class, () -> reader.read("rt1;page=3"));
            assertNull(refused.retryAfter());
            assertFalse(requests.iterator().hasNext());
        }
    }
}
