package com.customerhealth.platform;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;

/**
 * A request body that must be one JSON object, read as the APIs that take one read it: anything else is a
 * 400 saying what the body should have been.
 *
 * <pre>{@code
 * JsonObject draft = JsonBodies.object(body, "the subscription");   // 400 "The body must be a JSON object describing the subscription"
 * }</pre>
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** {@code body} as a JSON object describing {@code what}. */
    public static JsonObject object(String body, String what) {
        JsonValue value;
        try {
            value = JsonSyntax.read(body);
        } catch (JsonSyntax.NotJsonException e) {
            throw new BadRequestException("The body " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequestException("The body must be a JSON object describing " + what);
        }
        return value.asJsonObject();
    }
}
