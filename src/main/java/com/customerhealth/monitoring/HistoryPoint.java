package com.customerhealth.monitoring;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point of a customer's or company's history: its score, band, parameters' values and tickets in the
 * window as they were from {@code at} on, and what made them so.
 *
 * @param at         when, in occurrence time
 * @param score      the score, {@code null} for no data
 * @param health     its band
 * @param tickets    a customer's tickets in the window; a company's members with a score or not
 * @param parameters each parameter's measured value ({@code null} for no data) by key, in the order of the
 *                   explanation; empty for a company
 * @param cause      what moved it: {@code kind} {@code event}, {@code time}, {@code configuration},
 *                   {@code rebuild} or {@code day} (a day's last value carried to its end)
 */
public record HistoryPoint(Instant at, Integer score, Health health, int tickets, Map<String, Double> parameters,
                           ChangeCause cause) {

    /** What a day's point shows as its cause: the day's last value, carried to its end. */
    static final ChangeCause DAY = new ChangeCause("day", null, "cause.dayEnded");

    public HistoryPoint {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(cause, "cause");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** The UTC day of {@code at}, as days since the epoch. */
    public static int dayOf(Instant at) {
        return (int) at.atZone(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }

    /** This point's UTC day, as days since the epoch. */
    public int day() {
        return dayOf(at);
    }

    /** Whether it shows what {@code other} shows: the same score, band, tickets and parameter values. */
    public boolean sameAs(HistoryPoint other) {
        return other != null && Objects.equals(score, other.score) && health == other.health
                && tickets == other.tickets && parameters.equals(other.parameters);
    }

    /** This point's values at {@code instant}, with {@code cause}. */
    public HistoryPoint movedTo(Instant instant, ChangeCause why) {
        return new HistoryPoint(instant, score, health, tickets, parameters, why);
    }
}
