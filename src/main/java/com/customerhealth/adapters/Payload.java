package com.customerhealth.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * A helpdesk's JSON read without surprises: a field that is absent, {@code null} or of another type reads as
 * {@code null}, never as an exception, so a mapping can say "skipped: no ticket id" instead of failing.
 *
 * <pre>{@code
 * Payload ticket = new Payload(json).at("ticket");
 * String id = ticket.text("id");              // "42" for 42 or "42"; null when absent
 * Instant at = ticket.instant("created_at");  // ISO 8601 with an offset, or Unix seconds; null otherwise
 * }</pre>
 */
public record Payload(JsonNode node) {

    /**
     * ISO 8601 with an offset, as helpdesks write it: {@code 2026-11-20T10:15:30Z}, {@code .123Z},
     * {@code +01:00}, and Jira's {@code +0100}.
     */
    private static final DateTimeFormatter ISO_WITH_ANY_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    public Payload {
        node = node == null ? MissingNode.getInstance() : node;
    }

    /** The object at {@code path} (each a field name), or a missing one. */
    public Payload at(String... path) {
        JsonNode at = node;
        for (String field : path) {
            at = at.isObject() ? at.path(field) : MissingNode.getInstance();
        }
        return new Payload(at);
    }

    /** Whether there is nothing here: absent or JSON null. */
    public boolean isMissing() {
        return node.isMissingNode() || node.isNull();
    }

    /** Whether this is a JSON object. */
    public boolean isObject() {
        return node.isObject();
    }

    /** The elements of an array here; none for anything else. */
    public java.util.List<Payload> elements() {
        java.util.List<Payload> elements = new java.util.ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> elements.add(new Payload(element)));
        }
        return elements;
    }

    /** A string, or a whole number as written, at {@code path}; {@code null} for anything else or blank. */
    public String text(String... path) {
        JsonNode value = at(path).node;
        if (value.isTextual()) {
            return value.asText().isBlank() ? null : value.asText();
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        return null;
    }

    /** A boolean at {@code path} ({@code true}/{@code false}); {@code null} for anything else. */
    public Boolean bool(String... path) {
        JsonNode value = at(path).node;
        return value.isBoolean() ? value.booleanValue() : null;
    }

    /** A number at {@code path} (or a string holding one); {@code null} for anything else. */
    public Double number(String... path) {
        JsonNode value = at(path).node;
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.valueOf(value.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * A time at {@code path}: ISO 8601 with an offset (without one: UTC), or a number of Unix seconds;
     * {@code null} for anything else.
     */
    public Instant instant(String... path) {
        JsonNode value = at(path).node;
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            long seconds = value.longValue();
            return seconds < 0 || seconds > 253402300799L ? null : Instant.ofEpochSecond(seconds);
        }
        return value.isTextual() ? instantOf(value.asText()) : null;
    }

    /** {@code text} as a time (see {@link #instant}); {@code null} when it is not one. */
    public static Instant instantOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            var parsed = ISO_WITH_ANY_OFFSET.parseBest(text.trim(), OffsetDateTime::from,
                    java.time.LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset ? offset.toInstant()
                    : ((java.time.LocalDateTime) parsed).toInstant(java.time.ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code text} as a verdict may quote it: at most 64 characters, without control characters or half pairs. */
    public static String shown(String text) {
        if (text == null) {
            return "null";
        }
        String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) || Character.isSurrogate((char) c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
