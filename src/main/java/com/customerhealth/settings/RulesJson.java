package com.customerhealth.settings;

import com.customerhealth.scoring.BandPoints;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.CsatScale;
import com.customerhealth.scoring.HealthCutoffs;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.ParameterRule;
import com.customerhealth.scoring.ScoringRules;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;

/** Scoring rules as they are stored in a configuration version: a JSON object written and read here only. */
public final class RulesJson {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private RulesJson() {
    }

    /** {@code rules} as JSON. */
    public static String write(ScoringRules rules) {
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
                .build().toString();
    }

    /** The rules {@link #write} wrote as {@code json}. */
    public static ScoringRules read(String json) {
        JsonObject object;
        try (var reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        Map<Parameter, ParameterRule> rules = new EnumMap<>(Parameter.class);
        JsonObject parameters = object.getJsonObject("parameters");
        for (Parameter parameter : Parameter.values()) {
            JsonObject rule = parameters.getJsonObject(parameter.key());
            rules.put(parameter, new ParameterRule(parameter, rule.getBoolean("enabled"),
                    rule.getJsonNumber("goodAverage").doubleValue(), rule.getJsonNumber("averagePoor").doubleValue(),
                    rule.getJsonNumber("weight").doubleValue()));
        }
        JsonObject points = object.getJsonObject("points");
        JsonObject cutoffs = object.getJsonObject("cutoffs");
        JsonObject scale = object.getJsonObject("csatScale");
        return new ScoringRules(rules,
                new BandPoints(points.getInt("good"), points.getInt("average"), points.getInt("poor")),
                new HealthCutoffs(cutoffs.getInt("healthy"), cutoffs.getInt("average")),
                new CsatScale(scale.getJsonNumber("min").doubleValue(), scale.getJsonNumber("max").doubleValue()),
                object.getInt("windowDays"), CompanyScoreMode.fromKey(object.getString("companyMode")));
    }
}
