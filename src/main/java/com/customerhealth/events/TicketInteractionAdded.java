package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketChange;
import java.time.Instant;
import java.util.Map;

/** {@code ticket.interaction_added}: one more message on a ticket, by an agent or the customer. */
public record TicketInteractionAdded(EventHeader header, String ticketId, String author, Instant at,
                                     Boolean publicly) implements TicketEvent {

    public static final String TYPE = "ticket.interaction_added";

    public TicketInteractionAdded {
        InvalidEventException.required("data.ticketId", ticketId);
        if (!"agent".equals(author) && !"customer".equals(author)) {
            throw new InvalidEventException("data.author", "must be agent or customer, not " + author);
        }
        InvalidEventException.time("data.at", at);
    }

    @Override
    public Map<String, Instant> times() {
        return Map.of("time", header.occurredAt(), "data.at", at);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.InteractionAdded(order(), at);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.reply." + author, ticketId);
    }
}
