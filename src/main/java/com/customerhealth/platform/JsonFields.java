package com.customerhealth.platform;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * Fields of the API's JSON objects that may have no value: every field is present, {@code null} where
 * there is none, so a client reads one shape.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** Adds {@code value} as {@code name}, or {@code null}. */
    public static void integer(JsonObjectBuilder json, String name, Integer value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    /** Adds {@code value} as {@code name}, or {@code null}. */
    public static void string(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    /** Adds {@code value} in RFC 3339 as {@code name}, or {@code null}. */
    public static void instant(JsonObjectBuilder json, String name, Instant value) {
        string(json, name, value == null ? null : value.toString());
    }
}
