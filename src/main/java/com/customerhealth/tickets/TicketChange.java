package com.customerhealth.tickets;

import com.customerhealth.scoring.Rating;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to a ticket, as its fold ({@link TicketState#fold}) reads it: the contract's
 * ticket events without their envelopes, each with its {@link EventOrder}.
 */
public sealed interface TicketChange {

    /** Where the change stands among the ticket's changes. */
    EventOrder order();

    /**
     * {@code ticket.created}: who opened it, when, how it began and what it is about ({@code subject}, or
     * null). The first by order counts.
     */
    record Opened(EventOrder order, String customerId, String companyId, Instant createdAt, TicketStatus status,
                  String priority, String channel, String subject) implements TicketChange {

        public Opened {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(status, "status");
        }
    }

    /** {@code ticket.status_changed}: handling; the latest by order is the ticket's status. */
    record StatusSet(EventOrder order, TicketStatus status, Instant at) implements TicketChange {
    }

    /** {@code ticket.interaction_added}: handling, one interaction more. */
    record InteractionAdded(EventOrder order, Instant at) implements TicketChange {
    }

    /** {@code ticket.priority_changed}: not handling. */
    record PrioritySet(EventOrder order, String priority, Instant at) implements TicketChange {
    }

    /** {@code ticket.escalated}: not handling. */
    record Escalated(EventOrder order, String escalation, Instant at) implements TicketChange {
    }

    /** {@code csat.rated}: the latest rating by order is the ticket's. */
    record Rated(EventOrder order, Rating rating, Instant at) implements TicketChange {
    }

    /**
     * {@code ticket.merged}: the ticket stops counting and its interactions, those before and after the
     * merge alike, count for {@code intoTicketId} (none when {@code null}). The first merge by order counts.
     */
    record MergedInto(EventOrder order, String intoTicketId) implements TicketChange {
    }

    /** {@code ticket.deleted}: the ticket stops counting, for good. */
    record Deleted(EventOrder order) implements TicketChange {
    }

    /** {@code ticket.customer_changed}: the latest by order names the ticket's customer. */
    record MovedTo(EventOrder order, String customerId, String companyId) implements TicketChange {
    }
}
