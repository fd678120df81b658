package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketChange;
import java.time.Instant;
import java.util.Map;

/** {@code ticket.priority_changed}: kept with the ticket for the extended parameters. */
public record TicketPriorityChanged(EventHeader header, String ticketId, String priority, Instant at) implements TicketEvent {

    public static final String TYPE = "ticket.priority_changed";

    public TicketPriorityChanged {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.required("data.priority", priority, TicketCreated.PRIORITY_LENGTH);
        InvalidEventException.time("data.at", at);
    }

    @Override
    public Map<String, Instant> times() {
        return Map.of("time", header.occurredAt(), "data.at", at);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.PrioritySet(order(), priority, at);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.priority", ticketId, priority);
    }
}
