package com.customerhealth.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * What the scoring needs to know of one ticket of a customer.
 *
 * @param createdAt      when the customer opened it
 * @param open           whether it is neither solved nor closed
 * @param interactions   agent and customer messages on it so far, those of tickets merged into it included
 * @param lastHandledAt  its latest interaction or status change, or {@code null} when it was never handled:
 *                       its creation alone, a priority change or an escalation is not handling
 * @param rating         its latest CSAT rating, or {@code null}
 * @param ratedAt        when that rating was given, or {@code null}
 */
public record TicketFacts(Instant createdAt, boolean open, int interactions, Instant lastHandledAt, Rating rating,
                          Instant ratedAt) {

    public TicketFacts {
        Objects.requireNonNull(createdAt, "createdAt");
        if (interactions < 0) {
            throw new IllegalArgumentException("interactions cannot be negative");
        }
        if ((rating == null) != (ratedAt == null)) {
            throw new IllegalArgumentException("a rating needs the time it was given, and only a rating has one");
        }
    }
}
