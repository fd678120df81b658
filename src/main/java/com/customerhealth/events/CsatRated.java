package com.customerhealth.events;

import com.customerhealth.scoring.Rating;
import java.time.Instant;

/** {@code csat.rated}: the ticket's latest rating, unless a newer one of the same ticket is known. */
public record CsatRated(EventHeader header, String ticketId, double rating, double scaleMin, double scaleMax,
                        Instant at, String comment) implements TicketEvent {

    public static final String TYPE = "csat.rated";

    public CsatRated {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.present("data.at", at);
        try {
            new Rating(rating, scaleMin, scaleMax);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("data.rating", e.getMessage());
        }
    }

    /** The rating on its own scale. */
    public Rating asRating() {
        return new Rating(rating, scaleMin, scaleMax);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String summary() {
        return "CSAT " + number(rating) + " of " + number(scaleMax) + " on ticket " + ticketId;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
