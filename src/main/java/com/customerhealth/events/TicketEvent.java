package com.customerhealth.events;

import com.customerhealth.tickets.TicketChange;

/** An event about one ticket. */
public sealed interface TicketEvent extends HelpdeskEvent permits TicketCreated, TicketStatusChanged,
        TicketInteractionAdded, TicketPriorityChanged, TicketEscalated, TicketMerged, TicketDeleted,
        TicketCustomerChanged, CsatRated {

    /** The helpdesk's id of the ticket. */
    String ticketId();

    /** The event as its ticket's fold reads it. */
    TicketChange change();
}
