package com.customerhealth.settings;

import com.customerhealth.scoring.BandPoints;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.CsatScale;
import com.customerhealth.scoring.HealthCutoffs;
import com.customerhealth.scoring.InvalidRulesException;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.ParameterRule;
import com.customerhealth.scoring.ScoringRules;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;

/**
 * Scoring rules as JSON: as they are stored in a configuration version, and as the settings API takes and
 * answers them. Written and read here only.
 */
public final class RulesJson {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private RulesJson() {
    }

    /** {@code rules} as JSON text. */
    public static String write(ScoringRules rules) {
        return object(rules).toString();
    }

    /** {@code rules} as a JSON object. */
    public static JsonObject object(ScoringRules rules) {
        JsonObjectBuilder parameters = JSON.createObjectBuilder();
        for (Parameter parameter : Parameter.values()) {
            ParameterRule rule = rules.rule(parameter);
            parameters.add(parameter.key(), JSON.createObjectBuilder()
                    .add("enabled", rule.enabled())
                    .add("goodAverage", rule.goodAverage())
                    .add("averagePoor", rule.averagePoor())
                    .add("weight", rule.weight()));
        }
        return JSON.createObjectBuilder()
                .add("parameters", parameters)
                .add("points", JSON.createObjectBuilder()
                        .add("good", rules.points().good())
                        .add("average", rules.points().average())
                        .add("poor", rules.points().poor()))
                .add("cutoffs", JSON.createObjectBuilder()
                        .add("healthy", rules.cutoffs().healthy())
                        .add("average", rules.cutoffs().average()))
                .add("csatScale", JSON.createObjectBuilder()
                        .add("min", rules.csatScale().min())
                        .add("max", rules.csatScale().max()))
                .add("windowDays", rules.windowDays())
                .add("companyMode", rules.companyMode().key())
                .build();
    }

    /**
     * The rules {@code json} describes, in the shape {@link #write} writes.
     *
     * @throws InvalidRulesException naming the setting that is missing, not a number, or out of bounds
     */
    public static ScoringRules read(String json) {
        JsonObject object;
        try (var reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidRulesException("rules", "not a JSON object: " + e.getMessage());
        }
        Map<Parameter, ParameterRule> rules = new EnumMap<>(Parameter.class);
        JsonObject parameters = object(object, "parameters", "parameters");
        for (Parameter parameter : Parameter.values()) {
            String key = parameter.key();
            JsonObject rule = object(parameters, key, key);
            rules.put(parameter, new ParameterRule(parameter, bool(rule, "enabled", key + ".enabled"),
                    decimal(rule, "goodAverage", key + ".goodAverage"), decimal(rule, "averagePoor", key + ".averagePoor"),
                    decimal(rule, "weight", key + ".weight")));
        }
        JsonObject points = object(object, "points", "points");
        JsonObject cutoffs = object(object, "cutoffs", "cutoffs");
        JsonObject scale = object(object, "csatScale", "csatScale");
        return new ScoringRules(rules,
                new BandPoints(whole(points, "good", "points.good"), whole(points, "average", "points.average"),
                        whole(points, "poor", "points.poor")),
                new HealthCutoffs(whole(cutoffs, "healthy", "cutoffs.healthy"),
                        whole(cutoffs, "average", "cutoffs.average")),
                new CsatScale(decimal(scale, "min", "csatScale.min"), decimal(scale, "max", "csatScale.max")),
                whole(object, "windowDays", "windowDays"), CompanyScoreMode.fromKey(text(object, "companyMode")));
    }

    private static JsonValue value(JsonObject object, String name, String setting) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidRulesException(setting, "is missing");
        }
        return value;
    }

    private static JsonObject object(JsonObject object, String name, String setting) {
        JsonValue value = value(object, name, setting);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidRulesException(setting, "must be a JSON object");
        }
        return value.asJsonObject();
    }

    private static double decimal(JsonObject object, String name, String setting) {
        if (!(value(object, name, setting) instanceof JsonNumber number)) {
            throw new InvalidRulesException(setting, "must be a number");
        }
        return number.doubleValue();
    }

    private static int whole(JsonObject object, String name, String setting) {
        if (!(value(object, name, setting) instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidRulesException(setting, "must be a whole number");
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidRulesException(setting, "is out of range");
        }
    }

    private static boolean bool(JsonObject object, String name, String setting) {
        JsonValue value = value(object, name, setting);
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw new InvalidRulesException(setting, "must be true or false");
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static String text(JsonObject object, String name) {
        if (!(value(object, name, name) instanceof JsonString string)) {
            throw new InvalidRulesException(name, "must be a string");
        }
        return string.getString();
    }
}
