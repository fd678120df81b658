package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.TicketChange;

/** {@code ticket.customer_changed}: the ticket now counts for another customer; both scores change. */
public record TicketCustomerChanged(EventHeader header, String ticketId, String customerId, String companyId) implements TicketEvent {

    public static final String TYPE = "ticket.customer_changed";

    public TicketCustomerChanged {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.required("data.customerId", customerId);
        InvalidEventException.optional("data.companyId", companyId);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.MovedTo(order(), customerId, companyId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.customerChanged", ticketId, customerId);
    }
}
