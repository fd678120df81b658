package com.customerhealth.health;

import com.customerhealth.directory.StateChanged;
import com.customerhealth.platform.InLists;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.MeasurementWindow;
import com.customerhealth.scoring.Measurements;
import com.customerhealth.scoring.MemberScore;
import com.customerhealth.scoring.RulesInForce;
import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.scoring.TicketFacts;
import com.customerhealth.tickets.Ticket;
import com.customerhealth.tickets.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recomputes the scores of the customers it is given, and of their companies, from the stored state of
 * their tickets, and stores each with its explanation. Work grows with the customers named, never with
 * all customers.
 */
@ApplicationScoped
@Transactional
public class HealthRecalculation {

    /** Statuses of tickets that no longer wait for anything, as stored. */
    static final List<String> SETTLED = Arrays.stream(TicketStatus.values())
            .filter(status -> !status.isOpen()).map(TicketStatus::key).toList();

    /**
     * The tickets {@code t} of tenant {@code :tenant} that can move a measurement of a window starting at
     * {@code :start}: open ones, and those opened, handled or rated inside it ({@code :settled} is
     * {@link #SETTLED}). A long-standing customer's older, settled tickets are never read again.
     */
    static final String TICKETS_IN_REACH = "t.tenantId = :tenant and t.counted = true and (t.status not in :settled"
            + " or t.createdAt >= :start or t.handledAt >= :start or t.ratedAt >= :start)";

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    RulesInForce settings;

    @Inject
    Clock clock;

    @Inject
    Event<ScoresChanged> scoresChanged;

    /** Recomputes the scores events may have moved, in the transaction that stored the events. */
    void onStateChanged(@Observes StateChanged changed) {
        recalculate(changed.tenantId(), changed.customers(), changed.companies());
    }

    /** Recomputes {@code customerIds} of {@code tenantId} and every company one of them belongs to. */
    public void recalculateCustomers(String tenantId, Collection<String> customerIds, ChangeCause cause) {
        Map<String, ChangeCause> causes = new LinkedHashMap<>();
        customerIds.forEach(id -> causes.put(id, cause));
        recalculate(tenantId, causes, Map.of());
    }

    /**
     * Recomputes the customers of {@code tenantId} named in {@code customers}, each with its own cause, the
     * companies they belong to now, and the companies in {@code companies} (those a customer just left).
     */
    public void recalculate(String tenantId, Map<String, ChangeCause> customers, Map<String, ChangeCause> companies) {
        ScoringRules rules = settings.rulesFor(tenantId);
        Instant now = clock.instant();
        MeasurementWindow window = new MeasurementWindow(now, rules.windowDays());
        Map<String, ChangeCause> companyCauses = new LinkedHashMap<>(companies);
        for (List<String> chunk : chunks(customers.keySet())) {
            // Locked before the tickets are read: a concurrent batch about the same customer waits, then reads
            // what this one committed.
            Map<String, CustomerHealth> stored = byId(em.createQuery(
                            "select h from CustomerHealth h where h.tenantId = :tenant and h.id in :ids order by h.id",
                            CustomerHealth.class)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList(),
                    CustomerHealth::customerId);
            Map<String, List<TicketFacts>> facts = ticketFacts(tenantId, chunk, window);
            for (String customerId : chunk) {
                List<TicketFacts> tickets = facts.getOrDefault(customerId, List.of());
                Measurements measured = window.measure(tickets, rules.csatScale());
                CustomerHealth health = stored.get(customerId);
                if (health == null) {
                    health = new CustomerHealth(tenantId, customerId);
                    em.persist(health);
                }
                health.update(rules.score(measured), measured.ticketsInWindow(), now, window.nextChange(tickets),
                        customers.get(customerId));
            }
            for (Object[] row : em.createQuery("select c.id, c.companyId from Customer c where c.tenantId = :tenant"
                            + " and c.id in :ids and c.companyId is not null", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk).getResultList()) {
                companyCauses.putIfAbsent((String) row[1], customers.get((String) row[0]));
            }
        }
        em.flush();
        recalculateCompanies(tenantId, companyCauses, rules, now);
        scoresChanged.fire(new ScoresChanged(tenantId, customers.keySet(), companyCauses.keySet()));
    }

    /** Recomputes {@code companyIds} of {@code tenantId} from the stored scores of their customers. */
    public void recalculateCompanies(String tenantId, Collection<String> companyIds, ChangeCause cause) {
        Map<String, ChangeCause> causes = new LinkedHashMap<>();
        companyIds.forEach(id -> causes.put(id, cause));
        recalculateCompanies(tenantId, causes, settings.rulesFor(tenantId), clock.instant());
        scoresChanged.fire(new ScoresChanged(tenantId, Set.of(), causes.keySet()));
    }

    private void recalculateCompanies(String tenantId, Map<String, ChangeCause> companies, ScoringRules rules,
                                      Instant now) {
        for (List<String> chunk : chunks(companies.keySet())) {
            Map<String, CompanyHealth> stored = byId(em.createQuery(
                            "select h from CompanyHealth h where h.tenantId = :tenant and h.id in :ids order by h.id",
                            CompanyHealth.class)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList(),
                    CompanyHealth::companyId);
            Map<String, List<MemberScore>> members = new HashMap<>();
            List<Object[]> rows = em.createQuery("select c.companyId, c.id, h.score, h.ticketsInWindow"
                            + " from Customer c left join CustomerHealth h"
                            + " on h.tenantId = c.tenantId and h.id = c.id"
                            + " where c.tenantId = :tenant and c.companyId in :ids order by c.id", Object[].class)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk).getResultList();
            for (Object[] row : rows) {
                int tickets = row[3] == null ? 0 : ((Number) row[3]).intValue();
                Integer score = row[2] == null ? null : ((Number) row[2]).intValue();
                members.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                        .add(new MemberScore((String) row[1], score, tickets));
            }
            for (String companyId : chunk) {
                CompanyHealth health = stored.get(companyId);
                if (health == null) {
                    health = new CompanyHealth(tenantId, companyId);
                    em.persist(health);
                }
                health.update(rules.companyScore(members.getOrDefault(companyId, List.of())), now,
                        companies.get(companyId));
            }
        }
    }

    /** The tickets of {@code customerIds} that can move a measurement of {@code window}, by customer. */
    private Map<String, List<TicketFacts>> ticketFacts(String tenantId, List<String> customerIds,
                                                       MeasurementWindow window) {
        return em.createQuery("select t from Ticket t where t.customerId in :ids and " + TICKETS_IN_REACH,
                        Ticket.class)
                .setParameter("tenant", tenantId).setParameter("ids", customerIds)
                .setParameter("settled", SETTLED).setParameter("start", window.start())
                .getResultList().stream()
                .collect(Collectors.groupingBy(Ticket::customerId,
                        Collectors.mapping(Ticket::facts, Collectors.toList())));
    }

    private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** In id order, so concurrent recalculations take their row locks in the same order and never deadlock. */
    private static List<List<String>> chunks(Collection<String> ids) {
        return InLists.of(new TreeSet<>(ids));
    }

}
