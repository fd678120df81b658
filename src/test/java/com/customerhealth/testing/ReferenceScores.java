package com.customerhealth.testing;

import com.customerhealth.events.CsatRated;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketCustomerChanged;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.scoring.MeasurementWindow;
import com.customerhealth.scoring.MemberScore;
import com.customerhealth.scoring.Rating;
import com.customerhealth.scoring.Score;
import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.scoring.TicketFacts;
import com.customerhealth.tickets.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores computed from scratch from a whole set of events, by the contract's rules and nothing of the
 * plugin's processing: each ticket's latest status and latest rating by occurrence time, its interactions
 * counted, its customer the one of its latest move, deleted tickets left out. What the incremental
 * processing stores must equal this. Covers ticket.created, status changes, interactions, ratings, moves
 * to another customer and deletions.
 */
public final class ReferenceScores {

    private ReferenceScores() {
    }

    /** Each customer's score at {@code now} under {@code rules}, from {@code events} (each counted once). */
    public static Map<String, Score> customers(Collection<HelpdeskEvent> events, ScoringRules rules, Instant now) {
        Map<String, List<HelpdeskEvent>> byTicket = new HashMap<>();
        for (HelpdeskEvent event : distinct(events)) {
            String ticket = event instanceof TicketCreated e ? e.ticketId()
                    : event instanceof TicketStatusChanged e ? e.ticketId()
                    : event instanceof TicketInteractionAdded e ? e.ticketId()
                    : event instanceof CsatRated e ? e.ticketId()
                    : event instanceof TicketCustomerChanged e ? e.ticketId()
                    : ((TicketDeleted) event).ticketId();
            byTicket.computeIfAbsent(ticket, id -> new ArrayList<>()).add(event);
        }
        Map<String, List<TicketFacts>> facts = new TreeMap<>();
        for (List<HelpdeskEvent> ticket : byTicket.values()) {
            TicketCreated created = ticket.stream().filter(TicketCreated.class::isInstance)
                    .map(TicketCreated.class::cast).findFirst().orElse(null);
            if (created == null) {
                continue;
            }
            facts.computeIfAbsent(created.customerId(), id -> new ArrayList<>());
            String owner = created.customerId();
            Instant ownerSince = created.createdAt();
            for (HelpdeskEvent event : ticket) {
                if (event instanceof TicketCustomerChanged moved) {
                    facts.computeIfAbsent(moved.customerId(), id -> new ArrayList<>());
                    if (!moved.header().occurredAt().isBefore(ownerSince)) {
                        owner = moved.customerId();
                        ownerSince = moved.header().occurredAt();
                    }
                }
            }
            if (ticket.stream().anyMatch(TicketDeleted.class::isInstance)) {
                continue;
            }
            TicketStatus status = created.status();
            Instant statusAt = created.createdAt();
            Instant lastActivity = created.createdAt();
            int interactions = 0;
            CsatRated rating = null;
            for (HelpdeskEvent event : ticket) {
                if (event instanceof TicketStatusChanged e) {
                    if (!e.at().isBefore(statusAt)) {
                        status = e.status();
                        statusAt = e.at();
                    }
                    lastActivity = later(lastActivity, e.at());
                } else if (event instanceof TicketInteractionAdded e) {
                    interactions++;
                    lastActivity = later(lastActivity, e.at());
                } else if (event instanceof CsatRated e && (rating == null || !e.at().isBefore(rating.at()))) {
                    rating = e;
                }
            }
            Rating latest = rating == null ? null : rating.asRating();
            facts.get(owner).add(new TicketFacts(created.createdAt(), status.isOpen(), interactions,
                    lastActivity, latest, rating == null ? null : rating.at()));
        }
        MeasurementWindow window = new MeasurementWindow(now, rules.windowDays());
        Map<String, Score> scores = new LinkedHashMap<>();
        facts.forEach((customer, tickets) -> scores.put(customer, rules.score(window.measure(tickets, rules.csatScale()))));
        return scores;
    }

    /** The company's score from its members' reference scores. */
    public static Integer company(Map<String, Score> customers, Collection<String> members, ScoringRules rules) {
        List<MemberScore> scored = members.stream().sorted()
                .map(member -> new MemberScore(member, customers.get(member).value(), 0)).toList();
        return rules.companyScore(scored).value();
    }

    private static Collection<HelpdeskEvent> distinct(Collection<HelpdeskEvent> events) {
        Map<String, HelpdeskEvent> once = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(event -> event.header().occurredAt()))
                .forEach(event -> once.putIfAbsent(event.header().source() + "\n" + event.header().id(), event));
        return once.values();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
