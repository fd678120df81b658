package com.customerhealth.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketPriorityChanged;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentLogTest {

    private static final String HEADER = "number,incident_state,caller_id,location,priority,contact_type,opened_at,"
            + "sys_updated_at,sys_mod_count";
    private static final Instant END = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void firstRowCreatesLaterRowsReplyAndChangeStatusOrPriority() throws IOException {
        IncidentLog log = read(HEADER,
                "INC1,New,Caller 7,Location 3,3,Phone,1/3/2016 09:00,1/3/2016 09:05,0",
                "INC1,Active,Caller 7,Location 3,3,Phone,1/3/2016 09:00,1/3/2016 10:00,1",
                "INC1,Active,Caller 7,Location 3,2,Phone,1/3/2016 09:00,1/3/2016 11:00,2",
                "INC1,Resolved,Caller 7,Location 3,2,Phone,1/3/2016 09:00,1/3/2016 12:00,3");

        List<HelpdeskEvent> events = log.events();

        assertEquals(List.of("ticket.created", "ticket.interaction_added", "ticket.status_changed",
                "ticket.interaction_added", "ticket.priority_changed", "ticket.interaction_added",
                "ticket.status_changed"), events.stream().map(HelpdeskEvent::type).toList());
        TicketCreated created = (TicketCreated) events.get(0);
        assertEquals("Caller 7", created.customerId());
        assertEquals("Location 3", created.companyId());
        assertEquals("Phone", created.channel());
        assertEquals(Instant.parse("2026-11-22T09:00:00Z"), created.createdAt(), "shifted so the last update is at the end");
        assertEquals(TicketStatus.OPEN, ((TicketStatusChanged) events.get(2)).status());
        assertEquals("2", ((TicketPriorityChanged) events.get(4)).priority());
        assertEquals(TicketStatus.SOLVED, ((TicketStatusChanged) events.get(6)).status());
        assertEquals(END, events.get(6).header().occurredAt());
        assertEquals("agent", ((TicketInteractionAdded) events.get(1)).author());
        assertEquals(4, log.rows());
    }

    @Test
    void eventsComeInTheOrderTheyHappenedWithIdsUniqueInTheLog() throws IOException {
        IncidentLog log = read(HEADER,
                "INC2,New,Caller 1,?,3,Email,2/3/2016 08:00,2/3/2016 08:00,0",
                "INC1,New,Caller 2,?,3,Email,1/3/2016 08:00,1/3/2016 08:00,0",
                "INC1,Closed,Caller 2,?,3,Email,1/3/2016 08:00,3/3/2016 08:00,1");

        assertEquals(List.of("INC1", "INC2", "INC1"), log.events().stream()
                .filter(event -> !(event instanceof TicketInteractionAdded))
                .map(event -> event instanceof TicketCreated c ? c.ticketId() : ((TicketStatusChanged) event).ticketId())
                .toList());
        assertEquals(log.events().size(), log.events().stream().map(event -> event.header().id()).distinct().count());
        assertEquals(null, ((TicketCreated) log.events().get(0)).companyId(), "? is no value");
    }

    @Test
    void theFirstEventsCanEndAtTheEndInsteadOfTheLogsLast() throws IOException {
        String[] rows = {HEADER,
                "INC1,New,Caller 7,Location 3,3,Phone,1/3/2016 09:00,1/3/2016 09:05,0",
                "INC1,Active,Caller 7,Location 3,3,Phone,1/3/2016 09:00,1/3/2016 10:00,1",
                "INC2,New,Caller 8,Location 3,3,Phone,1/3/2016 10:30,1/3/2016 10:30,0",
                "INC1,Closed,Caller 7,Location 3,3,Phone,1/3/2016 09:00,9/3/2016 12:00,2"};

        List<HelpdeskEvent> third = IncidentLog.read(reader(rows), "default", "urn:test", 3, END).events();
        List<HelpdeskEvent> second = IncidentLog.read(reader(rows), "default", "urn:test", 2, END).events();
        List<HelpdeskEvent> beyond = IncidentLog.read(reader(rows), "default", "urn:test", 99, END).events();

        assertEquals(6, third.size(), "every event is read, only the times move");
        assertEquals(END, third.get(2).header().occurredAt(), "the status change of the second row, after its reply");
        assertEquals(Instant.parse("2026-11-22T12:30:00Z"), third.get(3).header().occurredAt(), "half an hour later");
        assertEquals(Instant.parse("2026-11-22T11:00:00Z"), ((TicketCreated) second.get(0)).createdAt(),
                "the second event is the reply an hour after the ticket was opened");
        assertEquals(END, beyond.get(5).header().occurredAt(), "past the last event, the last ends at the end");
        assertThrows(IllegalArgumentException.class, () -> IncidentLog.read(reader(rows), "default", "urn:test", 0, END));
    }

    @Test
    void rowsWithoutACallerAreLeftOutAndCounted() throws IOException {
        IncidentLog log = read(HEADER,
                "INC1,New,?,Location 1,3,Phone,1/3/2016 09:00,1/3/2016 09:00,0",
                "INC2,New,Caller 1,Location 1,3,Phone,1/3/2016 09:00,1/3/2016 09:00,0");

        assertEquals(1, log.events().size());
        assertEquals(1, log.rowsLeftOut());
    }

    @ParameterizedTest
    @CsvSource({"New, NEW", "Active, OPEN", "Awaiting User Info, PENDING", "Awaiting Vendor, PENDING",
            "Resolved, SOLVED", "Closed, CLOSED", "-100, OPEN"})
    void statesMapOntoTicketStatuses(String state, TicketStatus status) {
        assertEquals(status, IncidentLog.status(state));
    }

    @Test
    void unreadableRowsNameTheirLine() {
        IllegalArgumentException wrongFields = assertThrows(IllegalArgumentException.class, () -> read(HEADER,
                "INC1,New,Caller 1,Location 1,3,Phone,1/3/2016 09:00,1/3/2016 09:00,0", "INC2,New"));
        IllegalArgumentException wrongTime = assertThrows(IllegalArgumentException.class, () -> read(HEADER,
                "INC1,New,Caller 1,Location 1,3,Phone,yesterday,1/3/2016 09:00,0"));

        assertEquals("Line 3 has 2 fields, the header 9", wrongFields.getMessage());
        assertEquals(true, wrongTime.getMessage().startsWith("Line 2:"), wrongTime.getMessage());
    }

    private static IncidentLog read(String... lines) throws IOException {
        return IncidentLog.read(reader(lines), "default", "urn:test", END);
    }

    private static BufferedReader reader(String... lines) {
        return new BufferedReader(new StringReader(String.join("\n", lines)));
    }
}
