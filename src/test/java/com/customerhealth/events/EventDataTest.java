package com.customerhealth.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.customerhealth.tickets.TicketStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventDataTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");
    private static final EventHeader HEADER = new EventHeader("default", "https://desk.example.com", "e-1", AT);

    static Stream<HelpdeskEvent> everyType() {
        return Stream.of(
                new TicketCreated(HEADER, "T-1", "C-1", "K-1", AT, TicketStatus.NEW, "high", "email",
                        "Printer <b>on fire</b> \u00e9t\u00e9 \ud83d\udd25"),
                new TicketCreated(HEADER, "T-1", "C-1", null, AT, TicketStatus.OPEN, null, null),
                new TicketStatusChanged(HEADER, "T-1", TicketStatus.SOLVED, AT),
                new TicketInteractionAdded(HEADER, "T-1", "agent", AT, true),
                new TicketInteractionAdded(HEADER, "T-1", "customer", AT, null),
                new TicketPriorityChanged(HEADER, "T-1", "urgent", AT),
                new TicketEscalated(HEADER, "T-1", "tier-2", AT),
                new TicketMerged(HEADER, "T-1", "T-2"),
                new TicketMerged(HEADER, "T-1", null),
                new TicketDeleted(HEADER, "T-1"),
                new TicketCustomerChanged(HEADER, "T-1", "C-2", "K-2"),
                new CsatRated(HEADER, "T-1", 4, 1, 5, AT, "quick and kind"),
                new CustomerUpserted(HEADER, "C-1", "Ada <b>Lovelace</b>", "ada@example.com", "K-1",
                        Map.of("segment", "enterprise")),
                new CompanyUpserted(HEADER, "K-1", "Acme", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void everyTypeReadsBackAsWritten(HelpdeskEvent event) {
        assertEquals(event, EventData.decode(HEADER, event.type(), EventData.encode(event)));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "ticket.created        | {\"customerId\":\"C\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\"} | data.ticketId",
            "ticket.created        | {\"ticketId\":\"T\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\"}   | data.customerId",
            "ticket.created        | {\"ticketId\":\"T\",\"customerId\":\"C\",\"createdAt\":\"yesterday\",\"status\":\"new\"} | data.createdAt",
            "ticket.created        | {\"ticketId\":\"T\",\"customerId\":\"C\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"lost\"} | data.status",
            "ticket.created        | {\"ticketId\":\"T\",\"customerId\":\"C\",\"createdAt\":\"2026-11-20T10:00:00Z\",\"status\":\"new\",\"subject\":[\"a\"]} | data.subject",
            "ticket.status_changed | {\"ticketId\":\"T\",\"status\":\"open\"}                                        | data.at",
            "ticket.interaction_added | {\"ticketId\":\"T\",\"author\":\"bot\",\"at\":\"2026-11-20T10:00:00Z\"}      | data.author",
            "ticket.interaction_added | {\"ticketId\":\"T\",\"author\":\"agent\",\"at\":\"2026-11-20T10:00:00Z\",\"public\":\"yes\"} | data.public",
            "csat.rated            | {\"ticketId\":\"T\",\"rating\":6,\"scaleMin\":1,\"scaleMax\":5,\"at\":\"2026-11-20T10:00:00Z\"} | data.rating",
            "csat.rated            | {\"ticketId\":\"T\",\"rating\":\"good\",\"scaleMin\":1,\"scaleMax\":5,\"at\":\"2026-11-20T10:00:00Z\"} | data.rating",
            "csat.rated            | {\"ticketId\":\"T\",\"rating\":3,\"scaleMin\":5,\"scaleMax\":1,\"at\":\"2026-11-20T10:00:00Z\"} | data.rating",
            "csat.rated            | {\"ticketId\":\"T\",\"rating\":3,\"scaleMax\":5,\"at\":\"2026-11-20T10:00:00Z\"} | data.scaleMin",
            "ticket.teleported     | {\"ticketId\":\"T\"}                                                          | type",
            "customer.upserted     | {\"name\":\"Ada\"}                                                            | data.customerId",
            "company.upserted      | {\"companyId\":\"K\",\"attributes\":[1]}                                     | data.attributes"})
    void missingMistypedOrOutOfRangeFieldsAreNamed(String type, String data, String field) {
        JsonObject object = Json.createReader(new StringReader(data)).readObject();

        InvalidEventException refused = assertThrows(InvalidEventException.class,
                () -> EventData.decode(HEADER, type, object));

        assertEquals(field, refused.field(), refused.getMessage());
    }

    @Test
    void aTicketCreatedBeforeSubjectsReadsBackWithoutOneAndABlankSubjectIsNone() {
        JsonObject before = Json.createReader(new StringReader("{\"ticketId\":\"T-1\",\"customerId\":\"C-1\","
                + "\"createdAt\":\"2026-11-20T10:15:30Z\",\"status\":\"new\",\"channel\":\"email\"}")).readObject();
        JsonObject blank = Json.createReader(new StringReader("{\"ticketId\":\"T-1\",\"customerId\":\"C-1\","
                + "\"createdAt\":\"2026-11-20T10:15:30Z\",\"status\":\"new\",\"subject\":\"  \"}")).readObject();

        TicketCreated old = (TicketCreated) EventData.decode(HEADER, TicketCreated.TYPE, before);

        assertEquals(new TicketCreated(HEADER, "T-1", "C-1", null, AT, TicketStatus.NEW, null, "email"), old);
        assertNull(old.subject());
        assertFalse(EventData.encode(old).containsKey("subject"), "no subject is written as none, not null");
        assertNull(((TicketCreated) EventData.decode(HEADER, TicketCreated.TYPE, blank)).subject());
    }

    @ParameterizedTest(name = "tenant={0} source={1} id={2}")
    @CsvSource(nullValues = "null", value = {"null, s, i", "'bad tenant', s, i", "t, null, i", "t, s, null", "t, s, ''"})
    void headerNeedsTenantSourceAndId(String tenant, String source, String id) {
        assertThrows(InvalidEventException.class, () -> new EventHeader(tenant, source, id, AT));
    }
}
