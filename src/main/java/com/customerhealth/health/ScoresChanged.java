package com.customerhealth.health;

import com.customerhealth.directory.MemberMoves;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Fired, as a CDI event, by every recalculation inside its transaction: observers that wait for the
 * commit ({@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}) hear only of scores that were stored.
 *
 * @param tenantId    the tenant whose scores were recomputed
 * @param customerIds the customers recomputed
 * @param companyIds  the companies recomputed
 * @param since       the earliest instant from which their scores may have changed: the earliest event's
 *                    occurrence, or the recalculation's {@code at} when time passing or new rules moved them
 *                    (rules take effect when saved, and a history derived since then already has them);
 *                    {@code null}: from the beginning
 * @param regrouped   of the companies, those a customer joined or left, with those customers: a history
 *                    formed from its members' changes from the first point of any of them on
 * @param at          the instant the scores were recomputed at, their "now"
 */
public record ScoresChanged(String tenantId, Set<String> customerIds, Set<String> companyIds, Instant since,
                            Map<String, Set<String>> regrouped, Instant at) {

    public ScoresChanged {
        customerIds = Set.copyOf(customerIds);
        companyIds = Set.copyOf(companyIds);
        regrouped = MemberMoves.copyOf(regrouped);
    }
}
