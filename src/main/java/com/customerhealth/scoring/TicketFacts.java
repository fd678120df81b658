package com.customerhealth.scoring;

import java.time.Instant;
import java.util.Objects;

/**
 * What the scoring needs to know of one ticket of a customer.
 *
 * @param createdAt      when the customer opened it
 * @param open           whether it is neither solved nor closed
 * @param interactions   agent and customer messages on it so far
 * @param lastActivityAt its latest interaction or status change (its creation counts as one)
 * @param rating         its latest CSAT rating, or {@code null}
 * @param ratedAt        when that rating was given, or {@code null}
 */
public record TicketFacts(Instant createdAt, boolean open, int interactions, Instant lastActivityAt, Rating rating,
                          Instant ratedAt) {

    public TicketFacts {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        if (interactions < 0) {
            throw new IllegalArgumentException("interactions cannot be negative");
        }
        if ((rating == null) != (ratedAt == null)) {
            throw new IllegalArgumentException("a rating needs the time it was given, and only a rating has one");
        }
    }
}
