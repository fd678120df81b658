package com.customerhealth.scoring;

import java.util.ArrayList;
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
        Map<String, String> then = RuleSettings.of(before);
        List<SettingChange> changes = new ArrayList<>();
        RuleSettings.of(after).forEach((setting, now) -> {
            if (!Objects.equals(then.get(setting), now)) {
                changes.add(new SettingChange(setting, then.get(setting), now));
            }
        });
        return List.copyOf(changes);
    }
}
