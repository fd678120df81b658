package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.tickets.EventOrder;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened at the helpdesk, one record per type of the contract. A host that bundles the
 * plugin fires these as CDI events; HTTP events are decoded into them.
 */
public sealed interface HelpdeskEvent permits TicketEvent, CustomerUpserted, CompanyUpserted {

    /** Whose, from where, which and when. */
    EventHeader header();

    /** The contract's name of this type, such as {@code csat.rated}. */
    String type();

    /** The event as the cause of the scores it changes, its words a text of the plugin's texts. */
    ChangeCause cause();

    /** This event as a cause, in the text {@code textKey} filled with {@code arguments}. */
    default ChangeCause causeIn(String textKey, String... arguments) {
        return new ChangeCause("event", header().id(), textKey, arguments);
    }

    /** Where the event stands among the events of what it is about: its time, then its id and source. */
    default EventOrder order() {
        return new EventOrder(header().occurredAt(), header().id(), header().source());
    }

    /** Every time the event carries, by the name of its field on the wire. */
    default Map<String, Instant> times() {
        return Map.of("time", header().occurredAt());
    }
}
