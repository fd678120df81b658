package com.customerhealth.events;

import java.time.Instant;

/** {@code ticket.priority_changed}: kept with the ticket for the extended parameters. */
public record TicketPriorityChanged(EventHeader header, String ticketId, String priority, Instant at) implements TicketEvent {

    public static final String TYPE = "ticket.priority_changed";

    public TicketPriorityChanged {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.required("data.priority", priority);
        InvalidEventException.present("data.at", at);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String summary() {
        return "ticket " + ticketId + " priority " + priority;
    }
}
