package com.customerhealth.alerts;

import com.customerhealth.platform.JsonSyntax;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Alert settings as a JSON object of setting names to values, the shape the API and the store carry them
 * in: {@code {"scoreDrop.points": "20", "lowCsat.enabled": "off"}}. Written as text, as {@link AlertSettings}
 * gives them; read from text, numbers and {@code true}/{@code false} alike, so a client may send
 * {@code "scoreDrop.points": 20} or {@code "lowCsat.enabled": false}. Whether a value is right is
 * {@link AlertSettings}' to say, with every other problem of the same settings.
 *
 * <pre>{@code
 * AlertRulesJson.read("{\"scoreDrop.points\": 20, \"lowCsat.enabled\": false}");   // {scoreDrop.points=20, lowCsat.enabled=off}
 * AlertRulesJson.read("[]");                                                      // NotSettingsException: "is a JSON array, not an object of settings"
 * }</pre>
 */
public final class AlertRulesJson {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private AlertRulesJson() {
    }

    /** A text that is not a JSON object; its message is the problem as a predicate: "is not JSON: …". */
    public static final class NotSettingsException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        NotSettingsException(String problem) {
            super(problem);
        }
    }

    /**
     * The settings {@code json} names, in its order, each value as text: a string as it is, a number as
     * written, {@code true} and {@code false} as {@code on} and {@code off}, {@code null} as no value (which
     * {@link AlertSettings} calls missing), an object or array as its JSON, which no setting reads.
     *
     * @throws NotSettingsException when {@code json} is not JSON, or not an object
     */
    public static Map<String, String> read(String json) {
        JsonValue value;
        try {
            value = JsonSyntax.read(json == null ? "" : json);
        } catch (JsonSyntax.NotJsonException e) {
            throw new NotSettingsException(e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new NotSettingsException("is " + JsonSyntax.kind(value) + ", not an object of settings");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        value.asJsonObject().forEach((name, setting) -> settings.put(name, text(setting)));
        return settings;
    }

    /** {@code settings} as a JSON object of texts, in their order. */
    public static JsonObject object(Map<String, String> settings) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        settings.forEach(object::add);
        return object.build();
    }

    /** {@code settings} as the text of a JSON object, as the store keeps them. */
    public static String write(Map<String, String> settings) {
        return object(settings).toString();
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case TRUE -> "on";
            case FALSE -> "off";
            case NULL -> null;
            default -> value.toString();
        };
    }
}
