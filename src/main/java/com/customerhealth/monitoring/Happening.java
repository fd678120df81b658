package com.customerhealth.monitoring;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.EventOrder;
import com.customerhealth.tickets.TicketChange;
import java.util.Objects;

/**
 * A journal event as a history reads it: where it stands in event order, what it did to a ticket (none
 * for a directory event, which only tells that its customer exists), and the cause a score it moved shows.
 *
 * @param order    where it stands among all events
 * @param ticketId the ticket it changed, or {@code null}
 * @param change   what it did to that ticket, or {@code null}
 * @param cause    its cause
 */
public record Happening(EventOrder order, String ticketId, TicketChange change, ChangeCause cause) {

    public Happening {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(cause, "cause");
        if ((ticketId == null) != (change == null)) {
            throw new IllegalArgumentException("A ticket's happening names the ticket and its change");
        }
    }
}
