package com.customerhealth.health;

import com.customerhealth.directory.CustomerRepository;
import com.customerhealth.directory.StateChanged;
import com.customerhealth.platform.InLists;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.CustomerScore;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.MeasurementWindow;
import com.customerhealth.scoring.MemberScore;
import com.customerhealth.scoring.RulesInForce;
import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.scoring.TicketFacts;
import com.customerhealth.tickets.Ticket;
import com.customerhealth.tickets.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Recomputes the scores of the customers it is given, and of their companies, from the stored state of
 * their tickets, and stores each with its explanation. Work grows with the customers named, never with
 * all customers.
 */
@ApplicationScoped
@Transactional
public class HealthRecalculation {

    @Inject
    CustomerHealthRepository customerScores;

    @Inject
    CompanyHealthRepository companyScores;

    @Inject
    RulesInForce settings;

    @Inject
    TicketRepository ticketRows;

    @Inject
    CustomerRepository directory;

    @Inject
    Clock clock;

    @Inject
    Event<ScoresChanged> scoresChanged;

    @Inject
    Event<ScoresRecomputed> scoresRecomputed;

    /** Recomputes the scores events may have moved, in the transaction that stored the events. */
    void onStateChanged(@Observes StateChanged changed) {
        recalculate(changed.tenantId(), changed.customers(), changed::everyCause, changed.companies(), changed.moved(),
                changed.everyCompany(), changed.since());
    }

    /** Recomputes {@code customerIds} of {@code tenantId} and the company of each whose score moved. */
    public void recalculateCustomers(String tenantId, Collection<String> customerIds, ChangeCause cause) {
        Map<String, ChangeCause> causes = new LinkedHashMap<>();
        customerIds.forEach(id -> causes.put(id, cause));
        recalculate(tenantId, causes, id -> only(cause), Map.of(), Map.of(), false, clock.instant());
    }

    /**
     * Recomputes the customers of {@code tenantId} named in {@code customers}, each with its own cause, and
     * every company they belong to now, whether their scores moved or not (the rules, a company's mode among
     * them, may have changed).
     */
    public void recalculate(String tenantId, Map<String, ChangeCause> customers) {
        recalculate(tenantId, customers, id -> only(customers.get(id)), Map.of(), Map.of(), true, clock.instant());
    }

    /**
     * Recomputes {@code customers}, the companies in {@code companies} (one a customer left or joined, those
     * customers in {@code moved}), and
     * the companies the customers belong to: all of them, or ({@code everyCompany} false) those of customers
     * whose score or tickets in the window moved, the only inputs a company's score takes of its members.
     */
    private void recalculate(String tenantId, Map<String, ChangeCause> customers,
                             Function<String, List<ChangeCause>> everyCause, Map<String, ChangeCause> companies,
                             Map<String, Set<String>> moved, boolean everyCompany, Instant since) {
        ScoringRules rules = settings.rulesFor(tenantId);
        Instant now = clock.instant();
        MeasurementWindow window = new MeasurementWindow(now, rules.windowDays());
        Map<String, ChangeCause> companyCauses = new LinkedHashMap<>(companies);
        List<ScoresRecomputed.Move> moves = new ArrayList<>();
        for (List<String> chunk : chunks(customers.keySet())) {
            // Locked before the tickets are read: a concurrent batch about the same customer waits, then reads
            // what this one committed.
            Map<String, CustomerHealth> stored = customerScores.lockedByIds(tenantId, chunk);
            Map<String, List<TicketFacts>> facts = ticketFacts(tenantId, chunk, window);
            List<String> companyFollows = new ArrayList<>();
            for (String customerId : chunk) {
                CustomerScore scored = CustomerScore.of(rules, window, facts.getOrDefault(customerId, List.of()));
                boolean known = stored.containsKey(customerId);
                CustomerHealth health = known ? stored.get(customerId) : customerScores.add(tenantId, customerId);
                Integer previousScore = known ? health.score() : null;
                Health previousBand = known ? health.health() : Health.NO_DATA;
                if (health.update(scored.score(), scored.measured().ticketsInWindow(), now, scored.nextChange(),
                        customers.get(customerId)) || everyCompany) {
                    companyFollows.add(customerId);
                }
                moves.add(new ScoresRecomputed.Move(false, customerId, previousScore, previousBand, health.score(),
                        health.health(), customers.get(customerId), everyCause.apply(customerId)));
            }
            if (companyFollows.isEmpty()) {
                continue;
            }
            Map<String, String> companyOf = directory.companiesOf(tenantId, companyFollows);
            for (String customerId : companyFollows) {
                if (companyOf.containsKey(customerId)) {
                    companyCauses.putIfAbsent(companyOf.get(customerId), customers.get(customerId));
                }
            }
        }
        moves.addAll(recalculateCompanies(tenantId, companyCauses, rules, now));
        scoresChanged.fire(new ScoresChanged(tenantId, customers.keySet(), companyCauses.keySet(), since, moved,
                now));
        fireRecomputed(tenantId, now, moves);
    }

    private static List<ChangeCause> only(ChangeCause cause) {
        return cause == null ? List.of() : List.of(cause);
    }

    /** Recomputes {@code companyIds} of {@code tenantId} from the stored scores of their customers. */
    public void recalculateCompanies(String tenantId, Collection<String> companyIds, ChangeCause cause) {
        Map<String, ChangeCause> causes = new LinkedHashMap<>();
        companyIds.forEach(id -> causes.put(id, cause));
        Instant now = clock.instant();
        List<ScoresRecomputed.Move> moves = recalculateCompanies(tenantId, causes, settings.rulesFor(tenantId), now);
        scoresChanged.fire(new ScoresChanged(tenantId, Set.of(), causes.keySet(), now, Map.of(), now));
        fireRecomputed(tenantId, now, moves);
    }

    private void fireRecomputed(String tenantId, Instant now, List<ScoresRecomputed.Move> moves) {
        if (!moves.isEmpty()) {
            scoresRecomputed.fire(new ScoresRecomputed(tenantId, now, moves));
        }
    }

    /** Recomputes {@code companies}, answering their scores before and after. */
    private List<ScoresRecomputed.Move> recalculateCompanies(String tenantId, Map<String, ChangeCause> companies,
                                                        ScoringRules rules, Instant now) {
        List<ScoresRecomputed.Move> moves = new ArrayList<>();
        for (List<String> chunk : chunks(companies.keySet())) {
            Map<String, CompanyHealth> stored = companyScores.lockedByIds(tenantId, chunk);
            // The members' scores as this transaction left them.
            Map<String, List<MemberScore>> members = customerScores.membersOf(tenantId, chunk);
            for (String companyId : chunk) {
                boolean known = stored.containsKey(companyId);
                CompanyHealth health = known ? stored.get(companyId) : companyScores.add(tenantId, companyId);
                Integer previousScore = known ? health.score() : null;
                Health previousBand = known ? health.health() : Health.NO_DATA;
                health.update(rules.companyScore(members.getOrDefault(companyId, List.of())), now,
                        companies.get(companyId));
                moves.add(new ScoresRecomputed.Move(true, companyId, previousScore, previousBand, health.score(),
                        health.health(), companies.get(companyId)));
            }
        }
        return moves;
    }

    /** The tickets of {@code customerIds} that can move a measurement of {@code window}, by customer. */
    private Map<String, List<TicketFacts>> ticketFacts(String tenantId, List<String> customerIds,
                                                       MeasurementWindow window) {
        return ticketRows.inReach(tenantId, customerIds, window.start()).stream()
                .collect(Collectors.groupingBy(Ticket::customerId,
                        Collectors.mapping(Ticket::facts, Collectors.toList())));
    }

    /** In id order, so concurrent recalculations take their row locks in the same order and never deadlock. */
    private static List<List<String>> chunks(Collection<String> ids) {
        return InLists.of(new TreeSet<>(ids));
    }

}
