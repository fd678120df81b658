package com.customerhealth.health;

import java.util.Set;

/**
 * Fired, as a CDI event, by every recalculation inside its transaction: observers that wait for the
 * commit ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}) hear only of scores that were stored.
 *
 * @param tenantId    the tenant whose scores were recomputed
 * @param customerIds the customers recomputed
 * @param companyIds  the companies recomputed
 */
public record ScoresChanged(String tenantId, Set<String> customerIds, Set<String> companyIds) {

    public ScoresChanged {
        customerIds = Set.copyOf(customerIds);
        companyIds = Set.copyOf(companyIds);
    }
}
