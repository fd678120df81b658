package com.customerhealth.events;

/** {@code ticket.merged}: the ticket stops counting; its interactions move to the ticket it went into. */
public record TicketMerged(EventHeader header, String ticketId, String intoTicketId) implements TicketEvent {

    public static final String TYPE = "ticket.merged";

    public TicketMerged {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.optional("data.intoTicketId", intoTicketId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String summary() {
        return "ticket " + ticketId + " merged" + (intoTicketId == null ? "" : " into " + intoTicketId);
    }
}
