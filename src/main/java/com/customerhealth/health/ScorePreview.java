package com.customerhealth.health;

import com.customerhealth.directory.CompanyRepository;
import com.customerhealth.scoring.CustomerScore;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.MeasurementWindow;
import com.customerhealth.scoring.MemberScore;
import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.scoring.TicketFacts;
import com.customerhealth.tickets.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a tenant's customers and companies would spread over the bands under draft rules, beside how they
 * spread now, computed from the stored tickets in memory by the recalculation's own {@link CustomerScore}:
 * nothing is written, and the stored scores stay as they are until the draft is saved.
 */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's: a non-transactional one
// belongs to the calling invocation, which the runtime hands on to tasks it starts and closes under them.
@Transactional
public class ScorePreview {

    @Inject
    TicketRepository ticketRows;

    @Inject
    CompanyRepository companyRows;

    @Inject
    CustomerHealthRepository customerScores;

    @Inject
    CompanyHealthRepository companyScores;

    @Inject
    Clock clock;

    /**
     * How many customers or companies are in each band.
     *
     * @param healthy healthy ones
     * @param average average ones
     * @param poor    poor ones
     * @param noData  those without a score
     */
    public record BandCounts(int healthy, int average, int poor, int noData) {

        static BandCounts of(Map<Health, Integer> counts) {
            return new BandCounts(counts.getOrDefault(Health.HEALTHY, 0), counts.getOrDefault(Health.AVERAGE, 0),
                    counts.getOrDefault(Health.POOR, 0), counts.getOrDefault(Health.NO_DATA, 0));
        }
    }

    /**
     * Today's spread and the draft's, of customers and of companies.
     *
     * @param customersNow    customers by their stored band
     * @param customersDraft  customers by the band the draft would give them
     * @param companiesNow    companies by their stored band
     * @param companiesDraft  companies by the band the draft would give them
     */
    public record Preview(BandCounts customersNow, BandCounts customersDraft, BandCounts companiesNow,
                          BandCounts companiesDraft) {
    }

    /** The spread of {@code tenantId}'s scores now and under {@code draft}. */
    public Preview preview(String tenantId, ScoringRules draft) {
        MeasurementWindow window = new MeasurementWindow(clock.instant(), draft.windowDays());
        Map<String, List<TicketFacts>> tickets = new HashMap<>();
        ticketRows.forEachInReach(tenantId, window.start(), ticket ->
                tickets.computeIfAbsent(ticket.customerId(), id -> new ArrayList<>()).add(ticket.facts()));

        Map<Health, Integer> customersNow = new EnumMap<>(Health.class);
        Map<Health, Integer> customersDraft = new EnumMap<>(Health.class);
        Map<String, List<MemberScore>> members = new HashMap<>();
        for (CustomerHealthRepository.Standing standing : customerScores.standings(tenantId)) {
            count(customersNow, standing.health());
            CustomerScore scored = CustomerScore.of(draft, window,
                    tickets.getOrDefault(standing.customerId(), List.of()));
            count(customersDraft, scored.score().health());
            if (standing.companyId() != null) {
                members.computeIfAbsent(standing.companyId(), id -> new ArrayList<>())
                        .add(scored.asMember(standing.customerId()));
            }
        }

        Set<String> companies = new LinkedHashSet<>(members.keySet());
        companies.addAll(companyRows.idsAfter(tenantId, "", Integer.MAX_VALUE));
        Map<String, Health> storedCompanies = companyScores.bands(tenantId);
        Map<Health, Integer> companiesNow = new EnumMap<>(Health.class);
        Map<Health, Integer> companiesDraft = new EnumMap<>(Health.class);
        for (String companyId : companies) {
            count(companiesNow, storedCompanies.getOrDefault(companyId, Health.NO_DATA));
            count(companiesDraft, draft.companyScore(members.getOrDefault(companyId, List.of())).health());
        }
        return new Preview(BandCounts.of(customersNow), BandCounts.of(customersDraft), BandCounts.of(companiesNow),
                BandCounts.of(companiesDraft));
    }

    private static void count(Map<Health, Integer> counts, Health health) {
        counts.merge(health, 1, Integer::sum);
    }
}
