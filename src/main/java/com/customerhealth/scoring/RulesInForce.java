package com.customerhealth.scoring;

import java.util.List;

/**
 * Where the scoring rules a tenant is scored by come from, for the features that score without knowing
 * how rules are kept: the settings feature provides it.
 *
 * <pre>{@code
 * ScoringRules rules = rulesInForce.rulesFor("acme-helpdesk");
 * }</pre>
 */
public interface RulesInForce {

    /** The rules {@code tenantId} is scored by now. */
    ScoringRules rulesFor(String tenantId);

    /**
     * Every set of rules {@code tenantId} was scored by, oldest first: the configured defaults from
     * {@link java.time.Instant#MIN}, then each saved version from the instant it was saved.
     */
    List<RulesSince> rulesOverTime(String tenantId);
}
