package com.customerhealth.scoring;

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
}
