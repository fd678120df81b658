package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketChange;
import com.customerhealth.tickets.TicketStatus;
import java.time.Instant;
import java.util.Map;

/** {@code ticket.created}: a customer opened a ticket. */
public record TicketCreated(EventHeader header, String ticketId, String customerId, String companyId,
                            Instant createdAt, TicketStatus status, String priority, String channel) implements TicketEvent {

    public static final String TYPE = "ticket.created";

    /** The longest priority a ticket can have. */
    static final int PRIORITY_LENGTH = 32;

    public TicketCreated {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.required("data.customerId", customerId);
        InvalidEventException.optional("data.companyId", companyId);
        InvalidEventException.time("data.createdAt", createdAt);
        InvalidEventException.present("data.status", status);
        InvalidEventException.optional("data.priority", priority, PRIORITY_LENGTH);
        InvalidEventException.optional("data.channel", channel, 64);
    }

    @Override
    public Map<String, Instant> times() {
        return Map.of("time", header.occurredAt(), "data.createdAt", createdAt);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.Opened(order(), customerId, companyId, createdAt, status, priority, channel);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.opened", ticketId);
    }
}
