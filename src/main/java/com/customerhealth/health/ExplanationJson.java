package com.customerhealth.health;

import com.customerhealth.scoring.Band;
import com.customerhealth.scoring.MemberScore;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.ParameterScore;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;

/**
 * The explanation of a score as it is stored beside it: a JSON array written and read here only, so the
 * stored shape does not follow the Java records by accident.
 */
final class ExplanationJson {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ExplanationJson() {
    }

    static String writeParameters(List<ParameterScore> parameters) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (ParameterScore line : parameters) {
            JsonObjectBuilder object = JSON.createObjectBuilder()
                    .add("key", line.parameter().key())
                    .add("enabled", line.enabled())
                    .add("band", line.band().key())
                    .add("weight", line.weight())
                    .add("goodAverage", line.goodAverage())
                    .add("averagePoor", line.averagePoor());
            addNullable(object, "value", line.value());
            if (line.points() == null) {
                object.addNull("points");
            } else {
                object.add("points", line.points());
            }
            array.add(object);
        }
        return array.build().toString();
    }

    static List<ParameterScore> readParameters(String json) {
        return parse(json).stream().map(JsonValue::asJsonObject).map(object -> new ParameterScore(
                Parameter.fromKey(object.getString("key")),
                object.getBoolean("enabled"),
                nullableDouble(object, "value"),
                Band.fromKey(object.getString("band")),
                object.isNull("points") ? null : object.getInt("points"),
                object.getJsonNumber("weight").doubleValue(),
                object.getJsonNumber("goodAverage").doubleValue(),
                object.getJsonNumber("averagePoor").doubleValue())).toList();
    }

    static String writeMembers(List<MemberScore> members) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (MemberScore member : members) {
            JsonObjectBuilder object = JSON.createObjectBuilder()
                    .add("id", member.customerId())
                    .add("tickets", member.tickets());
            if (member.score() == null) {
                object.addNull("score");
            } else {
                object.add("score", member.score());
            }
            array.add(object);
        }
        return array.build().toString();
    }

    static List<MemberScore> readMembers(String json) {
        return parse(json).stream().map(JsonValue::asJsonObject).map(object -> new MemberScore(
                object.getString("id"),
                object.isNull("score") ? null : object.getInt("score"),
                object.getInt("tickets"))).toList();
    }

    private static JsonArray parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static void addNullable(JsonObjectBuilder object, String name, Double value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }

    private static Double nullableDouble(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null
                : ((JsonNumber) value).doubleValue();
    }
}
