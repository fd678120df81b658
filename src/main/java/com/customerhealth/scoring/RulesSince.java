package com.customerhealth.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Rules a tenant was scored by from an instant on, until the next ones: its configured defaults from the
 * beginning of time, then each saved configuration version from its save.
 *
 * @param since   when they came into force; {@link Instant#MIN} for the configured defaults
 * @param rules   the rules
 * @param version the configuration version, {@code null} for the configured defaults
 * @param savedBy who saved it, {@code null} for the configured defaults
 * @param cause   what a score it moved shows as its cause, {@code null} for the configured defaults
 */
public record RulesSince(Instant since, ScoringRules rules, Integer version, String savedBy, ChangeCause cause) {

    public RulesSince {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(rules, "rules");
    }

    /** The rules in force at {@code at} of {@code timeline}, ordered by {@link #since}, which begins with the defaults. */
    public static RulesSince at(List<RulesSince> timeline, Instant at) {
        RulesSince found = timeline.get(0);
        for (RulesSince rules : timeline) {
            if (rules.since().isAfter(at)) {
                break;
            }
            found = rules;
        }
        return found;
    }
}
