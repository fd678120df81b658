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
import com.customerhealth.testing.RecordedZendesk;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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

    private RecordedZendesk zendesk;
    private URI base;
    private final AtomicInteger paced = new AtomicInteger();

    @BeforeEach
    void serve() {
        zendesk = RecordedZendesk.start();
        base = zendesk.base();
    }

    @AfterEach
    void stop() {
        zendesk.close();
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
                zendesk.requests());
        assertEquals(zendesk.requests().size(), paced.get(), "the pacing is asked before each request");
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
        assertEquals(List.of(expected), zendesk.authorizations());
    }

    @Test
    void aCursorReadAgainGivesTheSameEventsAndANewReaderGoesOnFromIt() throws InterruptedException {
        List<HistoryPage> whole;
        try (HistoryReader reader = reader("admin@acme.com")) {
            whole = readAll(reader, null);
        }
        // Stopped after the ticket events' first page: a new reader (a restart) goes on from the kept cursor.
        String kept = whole.get(2).cursor();
        zendesk.forget();
        List<HistoryPage> rest;
        try (HistoryReader restarted = reader("admin@acme.com")) {
            rest = readAll(restarted, kept);
        }
        assertEquals(ids(whole.subList(3, whole.size())), ids(rest));
        assertEquals("/api/v2/incremental/ticket_events.json?start_time=1601357503&include=comment_events",
                zendesk.requests().get(0));
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
            zendesk.failOnce("/api/v2/incremental/tickets/cursor.json", 429, "17");
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
        zendesk.failOnce("/api/v2/incremental/tickets/cursor.json", status, null);
        try (HistoryReader reader = reader("admin@acme.com")) {
            HistoryUnavailable unavailable = assertThrows(HistoryUnavailable.class, () -> reader.read(null));
            assertEquals(Duration.ofSeconds(seconds), unavailable.retryAfter());
        }
    }

    @ParameterizedTest
    @CsvSource({"401, credentials", "403, admin's API token", "404, (404)"})
    void refusedCredentialsOrNoSuchAccountEndTheBackfillSayingWhatToFix(int status, String said) {
        zendesk.failOnce("/api/v2/incremental/tickets/cursor.json", status, null);
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
            assertFalse(zendesk.requests().iterator().hasNext());
        }
    }
}
