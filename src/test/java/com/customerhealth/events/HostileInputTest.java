package com.customerhealth.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the store cannot hold is refused before it gets there, naming the field. */
class HostileInputTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");
    private static final EventHeader HEADER = new EventHeader("default", "https://desk.example.com", "e-1", AT);
    private static final String LONG_129 = "x".repeat(129);
    private static final String LONG_33 = "p".repeat(33);
    private static final String LONG_256 = "s".repeat(256);

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ticket.created | {\"ticketId\":\"T\\u0000\",\"customerId\":\"C\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\"} | data.ticketId",
            "ticket.created | {\"ticketId\":\"T\",\"customerId\":\"\\ud800\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\"} | data.customerId",
            "ticket.created | {\"ticketId\":\"T\",\"customerId\":\"C\\udc00x\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\"} | data.customerId",
            "ticket.created | {\"ticketId\":\"T\",\"customerId\":\"C\",\"companyId\":\"K\\u0000\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\"} | data.companyId",
            "ticket.created | {\"ticketId\":\"T\",\"customerId\":\"C\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\",\"priority\":\"LONG_33\"} | data.priority",
            "ticket.created | {\"ticketId\":\"T\",\"customerId\":\"C\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\",\"channel\":\"e\\u0000mail\"} | data.channel",
            "ticket.created | {\"ticketId\":\"T\",\"customerId\":\"C\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\",\"subject\":\"LONG_256\"} | data.subject",
            "ticket.created | {\"ticketId\":\"T\",\"customerId\":\"C\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\",\"subject\":\"Re: \\u0000\"} | data.subject",
            "ticket.created | {\"ticketId\":\"LONG_129\",\"customerId\":\"C\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\"} | data.ticketId",
            "ticket.created | {\"ticketId\":\"T\",\"customerId\":\"C\",\"createdAt\":\"+999999999-12-31T23:59:59Z\",\"status\":\"new\"} | data.createdAt",
            "ticket.created | {\"ticketId\":\"T\",\"customerId\":\"C\",\"createdAt\":\"1969-12-31T23:59:59Z\",\"status\":\"new\"} | data.createdAt",
            "ticket.status_changed | {\"ticketId\":\"T\",\"status\":\"open\",\"at\":\"10000-01-01T00:00:00Z\"} | data.at",
            "ticket.priority_changed | {\"ticketId\":\"T\",\"priority\":\"LONG_33\",\"at\":\"2026-11-20T10:00:00Z\"} | data.priority",
            "ticket.escalated | {\"ticketId\":\"T\",\"escalation\":\"tier\\u0000\",\"at\":\"2026-11-20T10:00:00Z\"} | data.escalation",
            "ticket.merged | {\"ticketId\":\"T\",\"intoTicketId\":\"\\udfff\"} | data.intoTicketId",
            "csat.rated | {\"ticketId\":\"T\",\"rating\":1e400,\"scaleMin\":1,\"scaleMax\":5,\"at\":\"2026-11-20T10:00:00Z\"} | data.rating",
            "csat.rated | {\"ticketId\":\"T\",\"rating\":3,\"scaleMin\":-1e400,\"scaleMax\":5,\"at\":\"2026-11-20T10:00:00Z\"} | data.scaleMin",
            "csat.rated | {\"ticketId\":\"T\",\"rating\":3,\"scaleMin\":1,\"scaleMax\":1e400,\"at\":\"2026-11-20T10:00:00Z\"} | data.scaleMax",
            "csat.rated | {\"ticketId\":\"T\",\"rating\":3,\"scaleMin\":1,\"scaleMax\":5,\"at\":\"2026-11-20T10:00:00Z\",\"comment\":\"ok\\u0000\"} | data.comment",
            "customer.upserted | {\"customerId\":\"C\",\"name\":\"Ada\\u0000\"} | data.name",
            "customer.upserted | {\"customerId\":\"C\",\"email\":\"\\ud83d@example.com\"} | data.email",
            "customer.upserted | {\"customerId\":\"C\",\"attributes\":{\"segment\":\"b2b\\u0000\"}} | data.attributes.segment",
            "customer.upserted | {\"customerId\":\"C\",\"attributes\":{\"seg\\u0000ment\":\"b2b\"}} | data.attributes name",
            "company.upserted | {\"companyId\":\"K\",\"name\":\"\\udbff\"} | data.name"})
    void hostileValuesAreRefusedNamingTheField(String type, String data, String field) {
        JsonObject json = Json.createReader(new StringReader(data.replace("LONG_129", LONG_129)
                .replace("LONG_33", LONG_33).replace("LONG_256", LONG_256))).readObject();

        InvalidEventException refused = assertThrows(InvalidEventException.class,
                () -> EventData.decode(HEADER, type, json));

        assertEquals(field, refused.field(), refused.getMessage());
    }

    @Test
    void aSubjectMayBeAsLongAsANameAndNoLonger() {
        TicketCreated longest = new TicketCreated(HEADER, "T", "C", null, AT, com.customerhealth.tickets.TicketStatus.NEW,
                null, null, "s".repeat(255));

        assertEquals(255, longest.subject().length());
        InvalidEventException refused = assertThrows(InvalidEventException.class, () -> new TicketCreated(HEADER, "T",
                "C", null, AT, com.customerhealth.tickets.TicketStatus.NEW, null, null, LONG_256));
        assertEquals("data.subject: is 256 characters long; at most 255", refused.getMessage());
    }

    @Test
    void theHeaderRefusesHostileTextToo() {
        assertEquals("id", assertThrows(InvalidEventException.class,
                () -> new EventHeader("default", "https://desk.example.com", "e\u0000-1", AT)).field());
        assertEquals("source", assertThrows(InvalidEventException.class,
                () -> new EventHeader("default", "https://desk\u0000.example.com", "e-1", AT)).field());
        assertEquals("source", assertThrows(InvalidEventException.class,
                () -> new EventHeader("default", "https://desk.example.com/" + "x".repeat(255), "e-1", AT)).field());
    }

    @Test
    void theHeaderRefusesTimesNoEventHasAndLoneSurrogatesInIds() {
        assertEquals("time", assertThrows(InvalidEventException.class,
                () -> new EventHeader("default", "https://desk.example.com", "e-1", Instant.MIN)).field());
        assertEquals("id", assertThrows(InvalidEventException.class,
                () -> new EventHeader("default", "https://desk.example.com", "e-\ud800", AT)).field());
    }

    @Test
    void wholeSurrogatePairsAreTextAndCountAsTheTwoUnitsTheEmbeddedDatabaseCounts() {
        String fits = "\ud83d\ude00".repeat(64);

        TicketCreated created = new TicketCreated(HEADER, fits, "C", null, AT,
                com.customerhealth.tickets.TicketStatus.NEW, null, null);

        assertEquals(fits, created.ticketId(), "64 emoji, 128 UTF-16 units, fit an id");
        assertEquals("data.ticketId", assertThrows(InvalidEventException.class, () -> new TicketCreated(HEADER,
                fits + "\ud83d\ude00", "C", null, AT, com.customerhealth.tickets.TicketStatus.NEW, null, null)).field());
    }

    @Test
    void eventsFromTheFutureAreRefusedBeyondADay() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        TicketStatusChanged aDayAhead = new TicketStatusChanged(new EventHeader("default", "s", "e",
                now.plus(EventTimes.LEEWAY)), "T", com.customerhealth.tickets.TicketStatus.OPEN, now.plus(EventTimes.LEEWAY));
        TicketStatusChanged beyond = new TicketStatusChanged(new EventHeader("default", "s", "e", now), "T",
                com.customerhealth.tickets.TicketStatus.OPEN, Instant.parse("2100-01-01T00:00:00Z"));

        EventTimes.notAhead(aDayAhead, now);
        assertEquals("data.at", assertThrows(InvalidEventException.class, () -> EventTimes.notAhead(beyond, now)).field());
    }
}
