package com.customerhealth.scoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The last W days before a moment, over which a customer's tickets are measured. An instant is inside
 * when it is no earlier than {@code now} minus W days: a ticket opened exactly W days ago still counts.
 *
 * @param now  the moment of measurement
 * @param days W
 */
public record MeasurementWindow(Instant now, int days) {

    public MeasurementWindow {
        if (days < 1) {
            throw new IllegalArgumentException("A window is at least one day");
        }
    }

    /** The earliest instant inside the window. */
    public Instant start() {
        return now.minus(Duration.ofDays(days));
    }

    /** Whether {@code instant} is inside the window. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start());
    }

    /** The four parameters' values over {@code tickets}, every one of them the customer's. */
    public Measurements measure(Collection<TicketFacts> tickets, CsatScale scale) {
        int handled = 0;
        long interactions = 0;
        int opened = 0;
        int open = 0;
        int rated = 0;
        Fraction ratings = Fraction.ZERO;
        for (TicketFacts ticket : tickets) {
            if (ticket.lastHandledAt() != null && contains(ticket.lastHandledAt())) {
                handled++;
                interactions += ticket.interactions();
            }
            if (contains(ticket.createdAt())) {
                opened++;
            }
            if (ticket.open()) {
                open++;
            }
            if (ticket.rating() != null && contains(ticket.ratedAt())) {
                rated++;
                ratings = ratings.add(scale.map(ticket.rating()));
            }
        }
        return new Measurements(handled == 0 ? null : Fraction.of(interactions).divide(Fraction.of(handled)), opened,
                open, rated == 0 ? null : ratings.divide(Fraction.of(rated)));
    }

    /**
     * The first moment after {@code now} at which one of {@code tickets} leaves the window, so the
     * customer's measurements change with no event; {@code null} when nothing in the window will leave it.
     */
    public Instant nextChange(Collection<TicketFacts> tickets) {
        Instant next = null;
        for (TicketFacts ticket : tickets) {
            if (ticket.lastHandledAt() != null) {
                next = earlier(next, exitOf(ticket.lastHandledAt()));
            }
            next = earlier(next, exitOf(ticket.createdAt()));
            if (ticket.ratedAt() != null) {
                next = earlier(next, exitOf(ticket.ratedAt()));
            }
        }
        return next;
    }

    private Instant exitOf(Instant instant) {
        Instant exit = instant.plus(Duration.ofDays(days)).plusNanos(1);
        return contains(instant) && exit.isAfter(now) ? exit : null;
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
