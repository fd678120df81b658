package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketChange;

/** {@code ticket.deleted}: the ticket stops counting for anyone. */
public record TicketDeleted(EventHeader header, String ticketId) implements TicketEvent {

    public static final String TYPE = "ticket.deleted";

    public TicketDeleted {
        InvalidEventException.required("data.ticketId", ticketId);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.Deleted(order());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.deleted", ticketId);
    }
}
