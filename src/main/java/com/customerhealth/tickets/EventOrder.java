package com.customerhealth.tickets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an event stands among the events of its ticket: by when it happened, ties broken by its id and
 * then its source, so the order never depends on when the events arrived. Times count to the millisecond,
 * as the store keeps them: an event read back from the journal stands where it stood when it arrived.
 *
 * @param occurredAt when the event happened at the helpdesk
 * @param eventId    its id, unique within its source
 * @param source     the helpdesk instance that sent it
 */
public record EventOrder(Instant occurredAt, String eventId, String source) implements Comparable<EventOrder> {

    private static final Comparator<EventOrder> ORDER = Comparator.comparing(EventOrder::occurredAt)
            .thenComparing(EventOrder::eventId).thenComparing(EventOrder::source);

    public EventOrder {
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public int compareTo(EventOrder other) {
        return ORDER.compare(this, other);
    }

    /** Whether this event comes after {@code other}; everything comes after nothing ({@code null}). */
    public boolean isAfter(EventOrder other) {
        return other == null || compareTo(other) > 0;
    }
}
