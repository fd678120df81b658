package com.customerhealth.settings;

import com.customerhealth.scoring.BandPoints;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.CsatScale;
import com.customerhealth.scoring.HealthCutoffs;
import com.customerhealth.scoring.Parameter;
import com.customerhealth.scoring.ParameterRule;
import com.customerhealth.scoring.ScoringRules;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;

/** Scoring rules as they are stored in a configuration version: a JSON object written and read here only. */
public final class RulesJson {

    private RulesJson() {
    }

    /** {@code rules} as JSON. */
    public static String write(ScoringRules rules) {
        JsonObjectBuilder parameters = Json.createObjectBuilder();
        for (Parameter parameter : Parameter.values()) {
            ParameterRule rule = rules.rule(parameter);
            parameters.add(parameter.key(), Json.createObjectBuilder()
                    .add("enabled", rule.enabled())
                    .add("goodAverage", rule.goodAverage())
                    .add("averagePoor", rule.averagePoor())
                    .add("weight", rule.weight()));
        }
        return Json.createObjectBuilder()
                .add("parameters", parameters)
                .add("points", Json.createObjectBuilder()
                        .add("good", rules.points().good())
                        .add("average", rules.points().average())
                        .add("poor", rules.points().poor()))
                .add("cutoffs", Json.createObjectBuilder()
                        .add("healthy", rules.cutoffs().healthy())
                        .add("average", rules.cutoffs().average()))
                .add("csatScale", Json.createObjectBuilder()
                        .add("min", rules.csatScale().min())
                        .add("max", rules.csatScale().max()))
                .add("windowDays", rules.windowDays())
                .add("companyMode", rules.companyMode().key())
                .build().toString();
    }

    /** The rules {@link #write} wrote as {@code json}. */
    public static ScoringRules read(String json) {
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(json))) {
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
