package com.customerhealth.health;

import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.MeasurementWindow;
import com.customerhealth.scoring.Measurements;
import com.customerhealth.scoring.MemberScore;
import com.customerhealth.scoring.Score;
import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.scoring.TicketFacts;
import com.customerhealth.tickets.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * spread now, computed from the stored tickets in memory: nothing is written, and the stored scores stay
 * as they are until the draft is saved.
 */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's: a non-transactional one
// belongs to the calling invocation, which the runtime hands on to tasks it starts and closes under them.
@Transactional
public class ScorePreview {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

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
        em.createQuery("select t from Ticket t where t.customerId is not null and "
                        + HealthRecalculation.TICKETS_IN_REACH, Ticket.class)
                .setParameter("tenant", tenantId).setParameter("settled", HealthRecalculation.SETTLED)
                .setParameter("start", window.start()).getResultStream()
                .forEach(ticket -> tickets.computeIfAbsent(ticket.customerId(), id -> new ArrayList<>())
                        .add(ticket.facts()));

        Map<Health, Integer> customersNow = new EnumMap<>(Health.class);
        Map<Health, Integer> customersDraft = new EnumMap<>(Health.class);
        Map<String, List<MemberScore>> members = new HashMap<>();
        for (Object[] row : em.createQuery("select c.id, c.companyId, h.health from Customer c"
                        + " left join CustomerHealth h on h.tenantId = c.tenantId and h.id = c.id"
                        + " where c.tenantId = :tenant", Object[].class)
                .setParameter("tenant", tenantId).getResultList()) {
            String customerId = (String) row[0];
            count(customersNow, row[2] == null ? Health.NO_DATA : Health.fromKey((String) row[2]));
            Measurements measured = window.measure(tickets.getOrDefault(customerId, List.of()), draft.csatScale());
            Score score = draft.score(measured);
            count(customersDraft, score.health());
            if (row[1] != null) {
                members.computeIfAbsent((String) row[1], id -> new ArrayList<>())
                        .add(new MemberScore(customerId, score.value(), measured.ticketsInWindow()));
            }
        }

        Set<String> companies = new LinkedHashSet<>(members.keySet());
        companies.addAll(em.createQuery("select c.id from Company c where c.tenantId = :tenant", String.class)
                .setParameter("tenant", tenantId).getResultList());
        Map<String, Health> storedCompanies = new HashMap<>();
        for (Object[] row : em.createQuery("select h.id, h.health from CompanyHealth h where h.tenantId = :tenant",
                Object[].class).setParameter("tenant", tenantId).getResultList()) {
            storedCompanies.put((String) row[0], Health.fromKey((String) row[1]));
        }
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
