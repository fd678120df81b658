package com.customerhealth.events;

/** An event about one ticket. */
public sealed interface TicketEvent extends HelpdeskEvent permits TicketCreated, TicketStatusChanged,
        TicketInteractionAdded, TicketPriorityChanged, TicketEscalated, TicketMerged, TicketDeleted,
        TicketCustomerChanged, CsatRated {

    /** The helpdesk's id of the ticket. */
    String ticketId();
}
