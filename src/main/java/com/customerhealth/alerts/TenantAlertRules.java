package com.customerhealth.alerts;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's alert rules as they stand: its own saved ones or the configured ones, with the version and
 * who changed them last, when.
 *
 * @param saved    whether the tenant's own saved rules are in force; else the configured ones are
 * @param version  how many times the tenant saved its rules or went back to the defaults; 0 before the first
 * @param savedAt  when the latest of those was; null before the first
 * @param savedBy  who made it; null before the first
 * @param settings every setting in force, as text, in {@link AlertSettings#NAMES}' order
 * @param defaults every configured setting, as text: what the tenant goes back to, and where a setting a
 *                 save leaves out stands
 * @param problems what is wrong with the settings in force; while anything is, no alert is raised
 */
public record TenantAlertRules(boolean saved, int version, Instant savedAt, String savedBy, Map<String, String> settings,
                               Map<String, String> defaults, List<SettingProblem> problems) {

    public TenantAlertRules {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        problems = List.copyOf(problems);
    }

    /** {@code saved} or {@code configuration}: where the rules in force come from, as the API names it. */
    public String source() {
        return saved ? "saved" : "configuration";
    }
}
