package com.customerhealth.monitoring;

import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.Journal;
import com.customerhealth.events.TicketEvent;
import com.customerhealth.platform.InLists;
import com.customerhealth.scoring.RulesSince;
import com.customerhealth.tickets.EventOrder;
import com.customerhealth.tickets.TicketChange;
import com.customerhealth.tickets.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads from the journal what a customer's history needs, in the caller's transaction. */
@ApplicationScoped
@Transactional
public class HistorySources {

    @Inject
    Journal journal;

    @Inject
    TicketRepository tickets;

    /**
     * The journal's events each customer's history from its start ({@code froms}, by customer; null for
     * the beginning) needs: those of every ticket it ever had
     * that can still move a window from then on, and of the tickets merged into them; from the beginning,
     * those of all its tickets and its directory entries.
     */
    Map<String, List<Happening>> happenings(String tenantId, Map<String, Instant> froms, List<RulesSince> rules) {
        Map<String, Set<String>> ever = journal.ticketsEverOf(tenantId, froms.keySet());
        // A customer derived from the beginning needs all its tickets; one derived from an instant only those
        // still in reach then, so a long-standing customer's settled tickets are not read again.
        Set<String> all = new TreeSet<>();
        Set<String> dated = new TreeSet<>();
        Instant earliest = null;
        for (Map.Entry<String, Set<String>> customer : ever.entrySet()) {
            Instant from = froms.get(customer.getKey());
            if (from == null) {
                all.addAll(customer.getValue());
            } else {
                dated.addAll(customer.getValue());
                earliest = earliest == null || from.isBefore(earliest) ? from : earliest;
            }
        }
        Set<String> reach = new TreeSet<>(all);
        if (!dated.isEmpty()) {
            reach.addAll(tickets.activeSince(tenantId, dated,
                    earliest.minus(Duration.ofDays(longestWindow(rules, earliest)))));
        }
        Set<String> level = reach;
        Set<String> wanted = new TreeSet<>(reach);
        while (!level.isEmpty()) {
            Set<String> next = new TreeSet<>();
            for (List<String> chunk : InLists.of(level)) {
                for (String merged : tickets.mergedInto(tenantId, chunk)) {
                    if (wanted.add(merged)) {
                        next.add(merged);
                    }
                }
            }
            level = next;
        }
        Map<String, List<Happening>> byTicket = new HashMap<>();
        for (HelpdeskEvent event : journal.aboutTickets(tenantId, wanted)) {
            TicketEvent ticket = (TicketEvent) event;
            byTicket.computeIfAbsent(ticket.ticketId(), id -> new ArrayList<>()).add(new Happening(order(event),
                    ticket.ticketId(), ticket.change(), event.cause()));
        }
        Map<String, List<String>> mergedIntoOf = mergedIntoOf(byTicket);
        Map<String, List<Happening>> happenings = new HashMap<>();
        for (Map.Entry<String, Set<String>> customer : ever.entrySet()) {
            List<Happening> own = happenings.computeIfAbsent(customer.getKey(), id -> new ArrayList<>());
            Set<String> mine = new TreeSet<>();
            customer.getValue().stream().filter(reach::contains).forEach(id -> withMerged(id, mergedIntoOf, mine));
            mine.forEach(id -> own.addAll(byTicket.getOrDefault(id, List.of())));
        }
        List<String> fromBeginning = froms.entrySet().stream().filter(start -> start.getValue() == null)
                .map(Map.Entry::getKey).toList();
        if (!fromBeginning.isEmpty()) {
            for (HelpdeskEvent event : journal.aboutSubjects(tenantId, fromBeginning)) {
                if (event instanceof CustomerUpserted customer && froms.containsKey(customer.customerId())) {
                    happenings.computeIfAbsent(customer.customerId(), id -> new ArrayList<>())
                            .add(new Happening(order(event), null, null, event.cause()));
                }
            }
        }
        return happenings;
    }

    /** By ticket, the tickets whose events say they were merged into it. */
    private static Map<String, List<String>> mergedIntoOf(Map<String, List<Happening>> byTicket) {
        Map<String, List<String>> into = new HashMap<>();
        byTicket.forEach((id, happenings) -> happenings.stream()
                .map(Happening::change)
                .filter(change -> change instanceof TicketChange.MergedInto merge && merge.intoTicketId() != null)
                .map(change -> ((TicketChange.MergedInto) change).intoTicketId())
                .distinct()
                .forEach(target -> into.computeIfAbsent(target, key -> new ArrayList<>()).add(id)));
        return into;
    }

    private static void withMerged(String id, Map<String, List<String>> mergedIntoOf, Set<String> found) {
        if (found.add(id)) {
            mergedIntoOf.getOrDefault(id, List.of()).forEach(merged -> withMerged(merged, mergedIntoOf, found));
        }
    }

    private static EventOrder order(HelpdeskEvent event) {
        return new EventOrder(event.header().occurredAt(), event.header().id(), event.header().source());
    }

    /** The longest window of the rules in force at {@code from} or later, in days. */
    private static int longestWindow(List<RulesSince> rules, Instant from) {
        int longest = RulesSince.at(rules, from).rules().windowDays();
        for (RulesSince later : rules) {
            if (later.since().isAfter(from)) {
                longest = Math.max(longest, later.rules().windowDays());
            }
        }
        return longest;
    }
}
