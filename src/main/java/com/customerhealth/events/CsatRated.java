package com.customerhealth.events;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Rating;
import com.customerhealth.tickets.TicketChange;
import java.time.Instant;
import java.util.Map;

/** {@code csat.rated}: the ticket's latest rating, unless a newer one of the same ticket is known. */
public record CsatRated(EventHeader header, String ticketId, double rating, double scaleMin, double scaleMax,
                        Instant at, String comment) implements TicketEvent {

    public static final String TYPE = "csat.rated";

    public CsatRated {
        InvalidEventException.required("data.ticketId", ticketId);
        InvalidEventException.time("data.at", at);
        InvalidEventException.text("data.comment", comment, 4000);
        finite("data.rating", rating);
        finite("data.scaleMin", scaleMin);
        finite("data.scaleMax", scaleMax);
        try {
            new Rating(rating, scaleMin, scaleMax);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("data.rating", e.getMessage());
        }
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidEventException(field, "must be a finite number, not " + value);
        }
    }

    /** The rating on its own scale. */
    public Rating asRating() {
        return new Rating(rating, scaleMin, scaleMax);
    }

    @Override
    public Map<String, Instant> times() {
        return Map.of("time", header.occurredAt(), "data.at", at);
    }

    @Override
    public TicketChange change() {
        return new TicketChange.Rated(order(), asRating(), at);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.csat", number(rating), number(scaleMax), ticketId);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
