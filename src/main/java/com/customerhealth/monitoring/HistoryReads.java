package com.customerhealth.monitoring;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.Customer;
import com.customerhealth.scoring.RulesInForce;
import com.customerhealth.scoring.RulesSince;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A customer's or company's history as the API and the pages read it: stored points with day ends. */
@ApplicationScoped
@Transactional
public class HistoryReads {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    HistoryRepository history;

    @Inject
    RulesInForce rulesInForce;

    /**
     * A history from {@code from} to {@code to}.
     *
     * @param id                    the customer or company
     * @param name                  its name, or its id when none was told
     * @param companyId             a customer's company, or {@code null}; always {@code null} for a company
     * @param points                its points, with one at the end of each day, oldest first
     * @param configurationChanges  the saves of the rules in the range, oldest first
     */
    public record History(String id, String name, String companyId, List<HistoryPoint> points, List<RulesSince> configurationChanges) {
    }

    /** Customer {@code id}'s history, if the customer is known. */
    public Optional<History> customer(String tenantId, String id, Instant from, Instant to) {
        return em.createQuery("select c from Customer c where c.tenantId = :tenant and c.id = :id", Customer.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getResultList().stream().findFirst()
                .map(customer -> read(tenantId, HistoryRepository.CUSTOMER, id, customer.displayName(),
                        customer.companyId(), from, to));
    }

    /** Company {@code id}'s history, if the company is known. */
    public Optional<History> company(String tenantId, String id, Instant from, Instant to) {
        return em.createQuery("select c from Company c where c.tenantId = :tenant and c.id = :id", Company.class)
                .setParameter("tenant", tenantId).setParameter("id", id).getResultList().stream().findFirst()
                .map(company -> read(tenantId, HistoryRepository.COMPANY, id, company.displayName(), null,
                        from, to));
    }

    private History read(String tenantId, String kind, String id, String name, String companyId, Instant from,
                         Instant to) {
        List<HistoryPoint> points = history.pointsOf(tenantId, kind, List.of(id), from, to).getOrDefault(id, List.of());
        return new History(id, name, companyId, DailyPoints.withDayEnds(points, from, to),
                configurationChanges(tenantId, from, to));
    }

    /** The saves of {@code tenantId}'s rules from {@code from} to {@code to}, oldest first. */
    public List<RulesSince> configurationChanges(String tenantId, Instant from, Instant to) {
        return rulesInForce.rulesOverTime(tenantId).stream()
                .filter(rules -> rules.version() != null && !rules.since().isBefore(from) && !rules.since().isAfter(to))
                .toList();
    }
}
