package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketChange;
import com.customerhealth.tickets.TicketStatus;
import java.time.Instant;
import java.util.Map;

/**
 * {@code ticket.created}: a customer opened a ticket, about {@code subject} (the helpdesk's title of it, shown by
 * the agent view and never scored; {@code null} when it has none).
 */
public record TicketCreated(EventHeader header, String ticketId, String customerId, String companyId,
                            Instant createdAt, TicketStatus status, String priority, String channel,
                            String subject) implements TicketEvent {

    public static final String TYPE = "ticket.created";

    /** The longest priority a ticket can have. */
    static final int PRIORITY_LENGTH = 32;

    /** The longest subject a ticket can have, as long as a name. */
    static final int SUBJECT_LENGTH = 255;

    public TicketCreated {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.required("data.customerId", customerId);
        InvalidEventException.optional("data.companyId", companyId);
        InvalidEventException.time("data.createdAt", createdAt);
        InvalidEventException.present("data.status", status);
        InvalidEventException.optional("data.priority", priority, PRIORITY_LENGTH);
        InvalidEventException.optional("data.channel", channel, 64);
        // A blank subject is none, so the agent view falls back to the ticket's number rather than an empty title.
        subject = InvalidEventException.optional("data.subject", subject, SUBJECT_LENGTH);
    }

    /** A ticket without a subject, as hosts built against the contract before subjects create one. */
    public TicketCreated(EventHeader header, String ticketId, String customerId, String companyId, Instant createdAt,
                         TicketStatus status, String priority, String channel) {
        this(header, ticketId, customerId, companyId, createdAt, status, priority, channel, null);
    }

    @Override
    public Map<String, Instant> times() {
        return Map.of("time", header.occurredAt(), "data.createdAt", createdAt);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.Opened(order(), customerId, companyId, createdAt, status, priority, channel,
                subject);
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
