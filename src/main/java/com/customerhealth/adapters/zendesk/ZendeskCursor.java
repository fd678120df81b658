package com.customerhealth.adapters.zendesk;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a Zendesk backfill stands in each of the three exports it reads one after the other: the tickets (the
 * export's own cursor, or none yet: from {@code start_time}), then the ticket events (the {@code start_time}
 * of the next page, Unix seconds), then the satisfaction ratings (their {@code after_cursor}, or none yet).
 * Written as text the backfill keeps after each page, so a restart goes on from there.
 *
 * <pre>{@code
 * ZendeskCursor at = ZendeskCursor.start(1700000000L);       // tickets from 1700000000
 * String kept = at.withTickets("MTU3NjYxMzUzOS4wfHw0Njd8").text();
 * ZendeskCursor.parse(kept);                                  // the same position
 * }</pre>
 *
 * @param stream      the export read now
 * @param tickets     the ticket export's cursor; {@code null}: from {@code start}
 * @param eventsFrom  the ticket event export's next {@code start_time}
 * @param ratingsAfter the ratings' cursor; {@code null}: from {@code start}
 * @param start       the earliest change read, Unix seconds
 */
public record ZendeskCursor(Stream stream, String tickets, long eventsFrom, String ratingsAfter, long start) {

    /** The exports, in the order they are read. */
    public enum Stream {
        TICKETS, EVENTS, RATINGS, DONE
    }

    private static final String VERSION = "zendesk1";

    /** The beginning: the tickets changed from {@code start} on. */
    public static ZendeskCursor start(long start) {
        return new ZendeskCursor(Stream.TICKETS, null, start, null, start);
    }

    /** The same, the tickets' cursor moved to {@code cursor}. */
    public ZendeskCursor withTickets(String cursor) {
        return new ZendeskCursor(stream, cursor, eventsFrom, ratingsAfter, start);
    }

    /** The same, the ticket events to be read from {@code startTime} on. */
    public ZendeskCursor withEventsFrom(long startTime) {
        return new ZendeskCursor(stream, tickets, startTime, ratingsAfter, start);
    }

    /** The same, the ratings' cursor moved to {@code cursor}. */
    public ZendeskCursor withRatingsAfter(String cursor) {
        return new ZendeskCursor(stream, tickets, eventsFrom, cursor, start);
    }

    /** The same position in the next export. */
    public ZendeskCursor next() {
        return new ZendeskCursor(Stream.values()[Math.min(stream.ordinal() + 1, Stream.DONE.ordinal())], tickets,
                eventsFrom, ratingsAfter, start);
    }

    /** The cursor as text: {@code zendesk1;stream=tickets;tickets=...;events=...;ratings=...;start=...}. */
    public String text() {
        return VERSION + ";stream=" + stream.name().toLowerCase() + ";tickets=" + encode(tickets) + ";events="
                + eventsFrom + ";ratings=" + encode(ratingsAfter) + ";start=" + start;
    }

    /**
     * The cursor {@link #text()} wrote.
     *
     * @throws IllegalArgumentException when {@code text} is not one
     */
    public static ZendeskCursor parse(String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 6 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException("Not a Zendesk backfill cursor: " + text);
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("Not a Zendesk backfill cursor: " + text);
            }
            values.put(parts[i].substring(0, equals), parts[i].substring(equals + 1));
        }
        try {
            return new ZendeskCursor(Stream.valueOf(values.get("stream").toUpperCase()), decode(values.get("tickets")),
                    Long.parseLong(values.get("events")), decode(values.get("ratings")),
                    Long.parseLong(values.get("start")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a Zendesk backfill cursor: " + text, e);
        }
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return value == null || value.isEmpty() ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
