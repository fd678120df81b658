package com.customerhealth.settings;

import com.customerhealth.platform.JsonSyntax;
import com.customerhealth.scoring.InvalidRulesException;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.RuleSettings;
import com.customerhealth.scoring.ScoringRules;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scoring rules as JSON: as they are stored in a configuration version, and as the settings API takes and
 * answers them. JSON only carries the settings: what they are and how they are read is {@link RuleSettings}.
 */
public final class RulesJson {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String PARAMETERS = "parameters";

    private RulesJson() {
    }

    /** {@code rules} as JSON text. */
    public static String write(ScoringRules rules) {
        return object(rules).toString();
    }

    /**
     * {@code rules} as a JSON object: each setting of {@link RuleSettings} at the path its name spells, a
     * parameter's under {@code parameters}, such as {@code {"parameters": {"avgCsat": {"goodAverage": 2.6}}}}.
     */
    public static JsonObject object(ScoringRules rules) {
        JsonObjectBuilder root = JSON.createObjectBuilder();
        JsonObjectBuilder parameterObjects = JSON.createObjectBuilder();
        Map<String, JsonObjectBuilder> groups = new LinkedHashMap<>();
        RuleSettings.values(rules).forEach((setting, value) -> {
            List<String> path = path(setting);
            JsonValue json = json(value);
            if (path.size() == 1) {
                root.add(path.get(0), json);
            } else {
                groups.computeIfAbsent(String.join(".", path.subList(0, path.size() - 1)),
                        group -> JSON.createObjectBuilder()).add(path.get(path.size() - 1), json);
            }
        });
        groups.forEach((group, object) -> {
            if (group.startsWith(PARAMETERS + ".")) {
                parameterObjects.add(group.substring(PARAMETERS.length() + 1), object);
            } else {
                root.add(group, object);
            }
        });
        return root.add(PARAMETERS, parameterObjects).build();
    }

    /**
     * The rules {@code json} describes, in the shape {@link #write} writes.
     *
     * @throws InvalidRulesException naming the setting that is missing, not a number, or out of bounds
     */
    public static ScoringRules read(String json) {
        JsonValue value;
        try {
            value = JsonSyntax.read(json);
        } catch (JsonSyntax.NotJsonException e) {
            throw new InvalidRulesException("rules", "unreadable", e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRulesException("rules", "notAnObject", JsonSyntax.kind(value));
        }
        JsonObject object = value.asJsonObject();
        return RuleSettings.read(setting -> value(object, path(setting)));
    }

    /** Where setting {@code setting} sits in the JSON: its name's parts, a parameter's under {@code parameters}. */
    private static List<String> path(String setting) {
        List<String> parts = new ArrayList<>(List.of(setting.split("\\.")));
        if (parts.size() > 1 && Arrays.stream(Parameter.values()).anyMatch(parameter -> parameter.key().equals(parts.get(0)))) {
            parts.add(0, PARAMETERS);
        }
        return parts;
    }

    /** The value at {@code path} as the codec reads it: null where there is none. */
    private static Object value(JsonObject object, List<String> path) {
        JsonValue value = object;
        for (String part : path) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                // A value where an object of settings belongs: the setting is there, but unreadable.
                return value;
            }
            value = value.asJsonObject().get(part);
            if (value == null) {
                return null;
            }
        }
        return switch (value.getValueType()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case STRING -> ((JsonString) value).getString();
            default -> value;
        };
    }

    private static JsonValue json(Object value) {
        if (value instanceof Boolean on) {
            return on ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.createValue(decimal);
        }
        if (value instanceof Integer whole) {
            return JSON.createValue(whole);
        }
        return JSON.createValue(value.toString());
    }
}
