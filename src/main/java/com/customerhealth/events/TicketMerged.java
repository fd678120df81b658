package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketChange;

/** {@code ticket.merged}: the ticket stops counting; its interactions move to the ticket it went into. */
public record TicketMerged(EventHeader header, String ticketId, String intoTicketId) implements TicketEvent {

    public static final String TYPE = "ticket.merged";

    public TicketMerged {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.optional("data.intoTicketId", intoTicketId);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.MergedInto(order(), intoTicketId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return intoTicketId == null ? causeIn("cause.merged", ticketId) : causeIn("cause.mergedInto", ticketId, intoTicketId);
    }
}
