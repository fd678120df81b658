package com.customerhealth.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One setting that differs between two sets of scoring rules, named as the settings page and
 * {@link InvalidRulesException#setting()} name it.
 *
 * <pre>{@code
 * SettingChange.between(ScoringRules.of(Preset.B2C_SMALL), ScoringRules.of(Preset.B2B))
 * // [avgInteractions.goodAverage 4 → 5, avgInteractions.averagePoor 6 → 10, …]
 * }</pre>
 *
 * @param setting such as {@code avgCsat.goodAverage}, {@code cutoffs.healthy} or {@code windowDays}
 * @param from    its value before, as text
 * @param to      its value after, as text
 */
public record SettingChange(String setting, String from, String to) {

    /** Every setting whose value differs from {@code before} to {@code after}, in the settings page's order. */
    public static List<SettingChange> between(ScoringRules before, ScoringRules after) {
        Map<String, String> then = settingsOf(before);
        List<SettingChange> changes = new ArrayList<>();
        settingsOf(after).forEach((setting, now) -> {
            if (!Objects.equals(then.get(setting), now)) {
                changes.add(new SettingChange(setting, then.get(setting), now));
            }
        });
        return List.copyOf(changes);
    }

    /** Every setting of {@code rules} with its value as text, parameters first. */
    static Map<String, String> settingsOf(ScoringRules rules) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Parameter parameter : Parameter.values()) {
            ParameterRule rule = rules.rule(parameter);
            String key = parameter.key() + ".";
            settings.put(key + "enabled", rule.enabled() ? "on" : "off");
            settings.put(key + "goodAverage", number(rule.goodAverage()));
            settings.put(key + "averagePoor", number(rule.averagePoor()));
            settings.put(key + "weight", number(rule.weight()));
        }
        settings.put("windowDays", Integer.toString(rules.windowDays()));
        settings.put("csatScale.min", number(rules.csatScale().min()));
        settings.put("csatScale.max", number(rules.csatScale().max()));
        settings.put("points.good", Integer.toString(rules.points().good()));
        settings.put("points.average", Integer.toString(rules.points().average()));
        settings.put("points.poor", Integer.toString(rules.points().poor()));
        settings.put("cutoffs.healthy", Integer.toString(rules.cutoffs().healthy()));
        settings.put("cutoffs.average", Integer.toString(rules.cutoffs().average()));
        settings.put("companyMode", rules.companyMode().key());
        return settings;
    }

    /** 4 rather than 4.0, 2.6 rather than 2.6000000000000001. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
