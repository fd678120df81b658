package com.customerhealth.events;

import com.customerhealth.platform.StorableText;
import java.time.Instant;
import java.util.Map;

/**
 * An event that cannot be applied as it is, naming the field at fault. The checks here run before an
 * event goes anywhere near the store, so what the store would refuse (a NUL character, half of a
 * surrogate pair, a value longer than its column, a time no column holds) is refused up front, in the
 * event's own words rather than the database's.
 */
public class InvalidEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The longest id of a ticket, customer, company or event. */
    static final int ID_LENGTH = 128;

    /** The earliest time an event may carry. */
    static final Instant EARLIEST = Instant.EPOCH;
    /** The latest time any event may carry, whatever the clock says; the intake holds them to a day ahead. */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final String field;

    public InvalidEventException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The field at fault, named as on the wire, such as {@code data.rating}. */
    public String field() {
        return field;
    }

    /** {@code value}, an id: present, text, at most {@value #ID_LENGTH} characters. */
    static String required(String field, String value) {
        return required(field, value, ID_LENGTH);
    }

    /** {@code value}: present, text, at most {@code maxLength} characters. */
    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(field, "is required");
        }
        return text(field, value, maxLength);
    }

    /** {@code value}, an id, or null when absent or blank. */
    static String optional(String field, String value) {
        return optional(field, value, ID_LENGTH);
    }

    /** {@code value}, or null when absent or blank. */
    static String optional(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    /**
     * {@code value} when it is text a store can hold ({@link StorableText}): no NUL character, no half of a
     * surrogate pair, at most {@code maxLength} UTF-16 units; null stays null.
     */
    static String text(String field, String value, int maxLength) {
        String problem = value == null ? null : StorableText.problem(value, maxLength);
        if (problem != null) {
            throw new InvalidEventException(field, problem);
        }
        return value;
    }

    /** {@code attributes} when every name and value is text within its length, and there are not too many. */
    static Map<String, String> attributes(String field, Map<String, String> attributes) {
        if (attributes == null) {
            return Map.of();
        }
        if (attributes.size() > 100) {
            throw new InvalidEventException(field, attributes.size() + " attributes; at most 100");
        }
        attributes.forEach((name, value) -> {
            required(field + " name", name, 64);
            text(field + "." + name, value, 1000);
        });
        return Map.copyOf(attributes);
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidEventException(field, "is required");
        }
        return value;
    }

    /** {@code value}: present, and not before 1970 nor after the year 9999. */
    static Instant time(String field, Instant value) {
        present(field, value);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new InvalidEventException(field, value + " is not a time an event can have happened at");
        }
        return value;
    }
}
