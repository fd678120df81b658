package com.customerhealth.health;

import com.customerhealth.scoring.Band;
import com.customerhealth.scoring.MemberScore;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.ParameterScore;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayList;
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
            addNullable(object, "outOf", line.outOf());
            if (line.points() == null) {
                object.addNull("points");
            } else {
                object.add("points", line.points());
            }
            array.add(object);
        }
        return array.build().toString();
    }

    /** Read with the streaming parser: the batch reads parse dozens of these per request. */
    static List<ParameterScore> readParameters(String json) {
        List<ParameterScore> parameters = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(new StringReader(json))) {
            expect(parser, JsonParser.Event.START_ARRAY);
            while (parser.next() == JsonParser.Event.START_OBJECT) {
                parameters.add(readParameter(parser));
            }
        }
        return List.copyOf(parameters);
    }

    private static ParameterScore readParameter(JsonParser parser) {
        Parameter parameter = null;
        boolean enabled = false;
        Double value = null;
        Band band = null;
        Integer points = null;
        double weight = 0;
        double goodAverage = 0;
        double averagePoor = 0;
        // Absent from what earlier versions stored: their cards show the value alone.
        Double outOf = null;
        while (parser.next() == JsonParser.Event.KEY_NAME) {
            String key = parser.getString();
            JsonParser.Event event = parser.next();
            boolean isNull = event == JsonParser.Event.VALUE_NULL;
            switch (key) {
                case "key" -> parameter = Parameter.fromKey(parser.getString());
                case "enabled" -> enabled = event == JsonParser.Event.VALUE_TRUE;
                case "value" -> value = isNull ? null : parser.getBigDecimal().doubleValue();
                case "band" -> band = Band.fromKey(parser.getString());
                case "points" -> points = isNull ? null : parser.getInt();
                case "weight" -> weight = parser.getBigDecimal().doubleValue();
                case "goodAverage" -> goodAverage = parser.getBigDecimal().doubleValue();
                case "averagePoor" -> averagePoor = parser.getBigDecimal().doubleValue();
                case "outOf" -> outOf = isNull ? null : parser.getBigDecimal().doubleValue();
                default -> skipValue(parser, event);
            }
        }
        return new ParameterScore(parameter, enabled, value, band, points, weight, goodAverage, averagePoor, outOf);
    }

    /** Steps over a value written by a later version of the plugin, so a downgrade still reads it. */
    private static void skipValue(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    private static void expect(JsonParser parser, JsonParser.Event expected) {
        JsonParser.Event event = parser.next();
        if (event != expected) {
            throw new IllegalStateException("Stored explanation: " + expected + " expected, " + event + " found");
        }
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
}
