package com.customerhealth.events;

import com.customerhealth.tickets.TicketStatus;
import java.time.Instant;

/** {@code ticket.created}: a customer opened a ticket. */
public record TicketCreated(EventHeader header, String ticketId, String customerId, String companyId,
                            Instant createdAt, TicketStatus status, String priority, String channel) implements TicketEvent {

    public static final String TYPE = "ticket.created";

    public TicketCreated {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.required("data.customerId", customerId);
        InvalidEventException.optional("data.companyId", companyId);
        InvalidEventException.present("data.createdAt", createdAt);
        InvalidEventException.present("data.status", status);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String summary() {
        return "ticket " + ticketId + " opened";
    }
}
