package com.customerhealth.monitoring;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.CustomerScore;
import com.customerhealth.scoring.MeasurementWindow;
import com.customerhealth.scoring.ParameterScore;
import com.customerhealth.scoring.RulesSince;
import com.customerhealth.scoring.Score;
import com.customerhealth.scoring.TicketFacts;
import com.customerhealth.tickets.TicketFamily;
import com.customerhealth.tickets.TicketState;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer's score over time, from the journal: its tickets folded event by event in occurrence order,
 * scored at every instant anything can move it (an event, a ticket or rating leaving the window, a new set
 * of rules), under the rules in force at that instant. The same events give the same history whatever
 * order they arrived in.
 *
 * <pre>{@code
 * List<ScoreTimeline.Step> steps = ScoreTimeline.of("alice", happenings, rulesOverTime, null, null, now);
 * Score then = ScoreTimeline.at("alice", happenings, rulesOverTime, instant).orElseThrow().score();
 * }</pre>
 */
public final class ScoreTimeline {

    private ScoreTimeline() {
    }

    /**
     * A point of the history with the whole score behind it.
     *
     * @param point the point
     * @param score the score with every parameter's explanation
     */
    public record Step(HistoryPoint point, Score score) {
    }

    /**
     * The points of {@code customerId}'s history from {@code from} to {@code until}, both included: one
     * wherever what it shows differs from the point before (the first from {@code before}).
     *
     * @param happenings every event about the customer's tickets (and the tickets merged into them) and
     *                   its directory entries, in any order; tickets that cannot reach a window from
     *                   {@code from} on may be left out
     * @param rules      the tenant's rules over time, oldest first, beginning with the configured ones
     * @param from       the first instant to score; {@code null}: from the first event
     * @param before     the point in force just before {@code from}, or {@code null} when there is none
     * @param until      the last instant to score, usually now
     */
    public static List<Step> of(String customerId, List<Happening> happenings, List<RulesSince> rules, Instant from,
                                HistoryPoint before, Instant until) {
        return new Walk(customerId, happenings, rules).run(from, before, until);
    }

    /** The step in force at {@code at}: the last point up to it, with its score; empty before the first event. */
    public static Optional<Step> at(String customerId, List<Happening> happenings, List<RulesSince> rules,
                                              Instant at) {
        List<Step> steps = of(customerId, happenings, rules, null, null, at);
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /** The values of {@code score}'s parameters by key, as a point keeps them. */
    static Map<String, Double> values(Score score) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterScore line : score.parameters()) {
            values.put(line.parameter().key(), line.value());
        }
        return values;
    }

    /** One walk through a customer's events. */
    private static final class Walk {

        private final String customerId;
        private final List<Happening> ordered;
        private final List<RulesSince> rules;
        private final Map<String, TicketState> states = new HashMap<>();
        private int next;
        private boolean exists;

        Walk(String customerId, List<Happening> happenings, List<RulesSince> rules) {
            this.customerId = customerId;
            this.ordered = new ArrayList<>(happenings);
            this.ordered.sort(Comparator.comparing(Happening::order));
            this.rules = rules;
        }

        List<Step> run(Instant from, HistoryPoint before, Instant until) {
            List<Step> steps = new ArrayList<>();
            // A customer with a point before the start exists, whether or not any of its events is read.
            exists = before != null;
            if (from != null) {
                while (next < ordered.size() && ordered.get(next).order().occurredAt().isBefore(from)) {
                    apply(ordered.get(next++));
                }
            }
            int rule = 0;
            while (rule < rules.size() && from != null && rules.get(rule).since().isBefore(from)) {
                rule++;
            }
            HistoryPoint previous = before;
            Score previousScore = null;
            Instant leaving = from;
            while (true) {
                Instant t = earliest(next < ordered.size() ? ordered.get(next).order().occurredAt() : null,
                        rule < rules.size() ? rules.get(rule).since() : null, leaving);
                if (t == null || t.isAfter(until)) {
                    return steps;
                }
                ChangeCause cause = null;
                while (next < ordered.size() && !ordered.get(next).order().occurredAt().isAfter(t)) {
                    Happening happening = ordered.get(next++);
                    apply(happening);
                    cause = happening.cause();
                }
                while (rule < rules.size() && !rules.get(rule).since().isAfter(t)) {
                    if (cause == null) {
                        cause = rules.get(rule).cause();
                    }
                    rule++;
                }
                if (cause == null) {
                    cause = ChangeCause.timePassed();
                }
                leaving = null;
                if (!exists) {
                    continue;
                }
                RulesSince inForce = RulesSince.at(rules, t);
                CustomerScore scored = CustomerScore.of(inForce.rules(),
                        new MeasurementWindow(t, inForce.rules().windowDays()), facts());
                if (scored.nextChange() != null) {
                    leaving = roundedUpToMillis(scored.nextChange());
                }
                HistoryPoint point = new HistoryPoint(t, scored.score().value(), scored.score().health(),
                        scored.measured().ticketsInWindow(), values(scored.score()), cause);
                // Against a stored point only what it keeps is compared; against the walk's own, the whole
                // score, so rules that move a threshold but no value still leave a point.
                boolean moved = previousScore == null ? !point.sameAs(previous)
                        : !scored.score().equals(previousScore) || !point.sameAs(previous);
                if (moved) {
                    steps.add(new Step(point, scored.score()));
                    previous = point;
                }
                previousScore = scored.score();
            }
        }

        /**
         * Folds {@code happening} in. The customer exists from the first that concerns it: its own directory
         * entry, or an event of a ticket that is its own before or after it, never one of a ticket that only
         * becomes its own later.
         */
        private void apply(Happening happening) {
            if (happening.ticketId() == null) {
                exists = true;
                return;
            }
            TicketState state = states.getOrDefault(happening.ticketId(), TicketState.nothing(happening.ticketId()));
            // The same event delivered twice is folded once.
            if (state.isExtendedBy(happening.change())) {
                TicketState next = state.apply(happening.change());
                states.put(happening.ticketId(), next);
                if (customerId.equals(state.customerId()) || customerId.equals(next.customerId())) {
                    exists = true;
                }
            }
        }

        private List<TicketFacts> facts() {
            Map<String, TicketFamily.Carried> carried = TicketFamily.carried(states.values());
            List<TicketFacts> facts = new ArrayList<>();
            for (TicketState state : states.values()) {
                if (state.counted() && customerId.equals(state.customerId())) {
                    facts.add(TicketFamily.facts(state, carried.get(state.ticketId())));
                }
            }
            return facts;
        }
    }

    private static Instant earliest(Instant a, Instant b, Instant c) {
        Instant found = a;
        for (Instant candidate : new Instant[] {b, c}) {
            if (candidate != null && (found == null || candidate.isBefore(found))) {
                found = candidate;
            }
        }
        return found;
    }

    /** Kept as milliseconds: rounding down would score the instant before the ticket leaves. */
    static Instant roundedUpToMillis(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return millis.equals(instant) ? millis : millis.plusMillis(1);
    }
}
