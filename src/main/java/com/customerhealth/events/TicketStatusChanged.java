package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketChange;
import com.customerhealth.tickets.TicketStatus;
import java.time.Instant;
import java.util.Map;

/** {@code ticket.status_changed}: the latest status by occurrence time wins. */
public record TicketStatusChanged(EventHeader header, String ticketId, TicketStatus status, Instant at) implements TicketEvent {

    public static final String TYPE = "ticket.status_changed";

    public TicketStatusChanged {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.present("data.status", status);
        InvalidEventException.time("data.at", at);
    }

    @Override
    public Map<String, Instant> times() {
        return Map.of("time", header.occurredAt(), "data.at", at);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.StatusSet(order(), status, at);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.status." + status.key(), ticketId);
    }
}
