package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketChange;
import java.time.Instant;
import java.util.Map;

/** {@code ticket.escalated}: kept with the ticket for the extended parameters. */
public record TicketEscalated(EventHeader header, String ticketId, String escalation, Instant at) implements TicketEvent {

    public static final String TYPE = "ticket.escalated";

    public TicketEscalated {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.required("data.escalation", escalation, 64);
        InvalidEventException.time("data.at", at);
    }

    @Override
    public Map<String, Instant> times() {
        return Map.of("time", header.occurredAt(), "data.at", at);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.Escalated(order(), escalation, at);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.escalated", ticketId);
    }
}
