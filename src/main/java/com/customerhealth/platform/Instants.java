package com.customerhealth.platform;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Instants as the API takes them in its query parameters: RFC 3339, with an offset or {@code Z}. */
public final class Instants {

    // Far enough for any history, near enough that arithmetic on it (ranges, milliseconds) cannot overflow.
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private Instants() {
    }

    /**
     * {@code text}, the value of query parameter {@code name}, as an instant.
     *
     * @throws BadRequestException naming the parameter and an example when it is not an RFC 3339 instant
     */
    public static Instant parse(String name, String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' is not an RFC 3339 instant; send one such as"
                    + " 2026-11-30T12:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new BadRequestException("'" + name + "' lies between years 1 and 9999");
        }
        return instant;
    }
}
