package com.customerhealth.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.CustomerScore;
import com.customerhealth.scoring.MeasurementWindow;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.Rating;
import com.customerhealth.scoring.RulesSince;
import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.scoring.TicketFacts;
import com.customerhealth.tickets.EventOrder;
import com.customerhealth.tickets.TicketChange;
import com.customerhealth.tickets.TicketFamily;
import com.customerhealth.tickets.TicketState;
import com.customerhealth.tickets.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A customer's history from its events: by hand for one ticket's life, and against a reference that folds
 * the events up to each probed instant and scores them there, for random histories in any order.
 */
class ScoreTimelineTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ScoringRules RULES = ScoringRules.of(Preset.B2C_SMALL);
    private static final List<RulesSince> DEFAULTS = List.of(new RulesSince(Instant.MIN, RULES, null, null, null));

    @Test
    void oneTicketsLifeGivesAPointAtEachEventThatMovedTheScoreAndWhenItLeftTheWindow() {
        Instant created = START;
        Instant rated = START.plus(Duration.ofDays(2));
        List<Happening> happenings = List.of(
                opened("T-1", "alice", created, "e1"),
                happening("T-1", new TicketChange.StatusSet(order(rated.minusSeconds(60), "e2"), TicketStatus.SOLVED,
                        rated.minusSeconds(60)), "e2"),
                happening("T-1", new TicketChange.Rated(order(rated, "e3"), new Rating(1, 1, 3), rated), "e3"));

        List<ScoreTimeline.Step> steps = ScoreTimeline.of("alice", happenings, DEFAULTS, null, null,
                START.plus(Duration.ofDays(100)));

        List<String> kinds = steps.stream().map(step -> step.point().cause().kind() + "@" + step.point().at()).toList();
        // Opened: a point. Solved: the open count moves. Rated 1 of 3: CSAT poor. Then each instant leaves the
        // 60-day window: the creation, the handling and the rating, each 60 days and a millisecond on.
        assertEquals(List.of(
                "event@" + created,
                "event@" + rated.minusSeconds(60),
                "event@" + rated,
                "time@" + created.plus(Duration.ofDays(60)).plusMillis(1),
                "time@" + rated.minusSeconds(60).plus(Duration.ofDays(60)).plusMillis(1),
                "time@" + rated.plus(Duration.ofDays(60)).plusMillis(1)), kinds);
        assertEquals("e3", steps.get(2).point().cause().reference());
        assertEquals(1.0, steps.get(2).point().parameters().get("avgCsat"));
    }

    @Test
    void aSaveOfTheRulesThatMovesTheScoreLeavesAConfigurationPoint() {
        ScoringRules narrow = RULES.withWindowDays(1);
        ChangeCause saved = new ChangeCause("configuration", "1", "cause.settingsSaved", "1", "ann");
        Instant save = START.plus(Duration.ofDays(5));
        List<RulesSince> rules = List.of(DEFAULTS.get(0), new RulesSince(save, narrow, 1, "ann", saved));
        List<Happening> happenings = List.of(opened("T-1", "alice", START, "e1"));

        List<ScoreTimeline.Step> steps = ScoreTimeline.of("alice", happenings, rules, null, null,
                START.plus(Duration.ofDays(10)));

        ScoreTimeline.Step atSave = steps.stream().filter(step -> step.point().at().equals(save)).findFirst().orElseThrow();
        assertEquals(saved, atSave.point().cause());
        assertEquals(0, atSave.point().tickets());
    }

    @Test
    void randomHistoriesMatchTheFoldScoredAtEveryProbedInstantWhateverTheOrderOfArrival() {
        for (int seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            List<Happening> happenings = randomHistory(random);
            List<RulesSince> rules = randomRules(random);
            Instant until = START.plus(Duration.ofDays(200));
            List<ScoreTimeline.Step> steps = ScoreTimeline.of("alice", happenings, rules, null, null, until);

            List<Happening> shuffled = new ArrayList<>(happenings);
            Collections.shuffle(shuffled, random);
            assertEquals(points(steps), points(ScoreTimeline.of("alice", shuffled, rules, null, null, until)),
                    "seed " + seed + ": another order of arrival");

            for (int probe = 0; probe < 40; probe++) {
                Instant at = START.plus(Duration.ofMinutes(random.nextInt(200 * 24 * 60)));
                HistoryPoint expected = reference(happenings, rules, at);
                HistoryPoint actual = DailyPoints.at(points(steps), at).orElse(null);
                if (expected == null) {
                    assertEquals(null, actual, "seed " + seed + " at " + at);
                } else {
                    assertTrue(expected.sameAs(actual), "seed " + seed + " at " + at + ": " + expected + " but " + actual);
                }
            }
        }
    }

    @Test
    void aHistoryGoneOnFromItsLastPointEqualsTheWholeHistory() {
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            List<Happening> happenings = randomHistory(random);
            Instant until = START.plus(Duration.ofDays(200));
            List<HistoryPoint> whole = points(ScoreTimeline.of("alice", happenings, DEFAULTS, null, null, until));
            Instant cut = START.plus(Duration.ofDays(random.nextInt(150)));
            List<HistoryPoint> first = points(ScoreTimeline.of("alice", happenings, DEFAULTS, null, null, cut));
            HistoryPoint last = first.isEmpty() ? null : first.get(first.size() - 1);
            List<HistoryPoint> joined = new ArrayList<>(first);
            if (last != null) {
                joined.addAll(points(ScoreTimeline.of("alice", happenings, DEFAULTS, last.at().plusMillis(1), last, until)));
            } else {
                joined = whole;
            }
            assertEquals(whole, joined, "seed " + seed + " cut at " + cut);
        }
    }

    /** The score at {@code at} by folding every event up to it and scoring under the rules then. */
    private static HistoryPoint reference(List<Happening> happenings, List<RulesSince> rules, Instant at) {
        List<Happening> upTo = happenings.stream().filter(h -> !h.order().occurredAt().isAfter(at)).toList();
        Map<String, List<TicketChange>> byTicket = upTo.stream().filter(h -> h.ticketId() != null)
                .collect(Collectors.groupingBy(Happening::ticketId, Collectors.mapping(Happening::change, Collectors.toList())));
        if (!everOwnedByAlice(byTicket)) {
            return null;
        }
        List<TicketState> states = byTicket.entrySet().stream()
                .map(entry -> TicketState.fold(entry.getKey(), entry.getValue())).toList();
        Map<String, TicketFamily.Carried> carried = TicketFamily.carried(states);
        List<TicketFacts> facts = states.stream().filter(state -> state.counted() && "alice".equals(state.customerId()))
                .map(state -> TicketFamily.facts(state, carried.get(state.ticketId()))).toList();
        ScoringRules inForce = rules.get(0).rules();
        for (RulesSince candidate : rules) {
            if (!candidate.since().isAfter(at)) {
                inForce = candidate.rules();
            }
        }
        CustomerScore scored = CustomerScore.of(inForce, new MeasurementWindow(at, inForce.windowDays()), facts);
        return new HistoryPoint(at, scored.score().value(), scored.score().health(),
                scored.measured().ticketsInWindow(), ScoreTimeline.values(scored.score()), ChangeCause.timePassed());
    }

    /**
     * Alice exists once one of her tickets is hers: some ticket folded up to one of its events, in order of
     * occurrence, names her. A ticket that becomes hers only later does not make her exist before.
     */
    private static boolean everOwnedByAlice(Map<String, List<TicketChange>> byTicket) {
        for (Map.Entry<String, List<TicketChange>> ticket : byTicket.entrySet()) {
            List<TicketChange> ordered = new ArrayList<>(ticket.getValue());
            ordered.sort((a, b) -> a.order().compareTo(b.order()));
            for (int prefix = 1; prefix <= ordered.size(); prefix++) {
                if ("alice".equals(TicketState.fold(ticket.getKey(), ordered.subList(0, prefix)).customerId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Happening> randomHistory(Random random) {
        List<Happening> happenings = new ArrayList<>();
        int tickets = 1 + random.nextInt(5);
        int event = 0;
        for (int t = 1; t <= tickets; t++) {
            String ticket = "T-" + t;
            Instant at = START.plus(Duration.ofHours(random.nextInt(100 * 24)));
            happenings.add(opened(ticket, random.nextInt(5) == 0 ? "bob" : "alice", at, "e" + event++));
            int changes = random.nextInt(6);
            for (int c = 0; c < changes; c++) {
                at = at.plus(Duration.ofHours(1 + random.nextInt(24 * 20)));
                String id = "e" + event++;
                TicketChange change = switch (random.nextInt(6)) {
                    case 0 -> new TicketChange.StatusSet(order(at, id), TicketStatus.values()[random.nextInt(
                            TicketStatus.values().length)], at);
                    case 1 -> new TicketChange.Rated(order(at, id), new Rating(1 + random.nextInt(3), 1, 3), at);
                    case 2 -> new TicketChange.MovedTo(order(at, id), random.nextBoolean() ? "alice" : "bob", null);
                    case 3 -> t > 1 && random.nextInt(3) == 0 ? new TicketChange.MergedInto(order(at, id), "T-1")
                            : new TicketChange.InteractionAdded(order(at, id), at);
                    case 4 -> random.nextInt(4) == 0 ? new TicketChange.Deleted(order(at, id))
                            : new TicketChange.InteractionAdded(order(at, id), at);
                    default -> new TicketChange.InteractionAdded(order(at, id), at);
                };
                happenings.add(happening(ticket, change, id));
            }
        }
        return happenings;
    }

    private static List<RulesSince> randomRules(Random random) {
        List<RulesSince> rules = new ArrayList<>(DEFAULTS);
        if (random.nextBoolean()) {
            Instant save = START.plus(Duration.ofHours(random.nextInt(150 * 24)));
            rules.add(new RulesSince(save, RULES.withWindowDays(1 + random.nextInt(90)), 1, "ann",
                    new ChangeCause("configuration", "1", "cause.settingsSaved", "1", "ann")));
        }
        return rules;
    }

    private static List<HistoryPoint> points(List<ScoreTimeline.Step> steps) {
        return steps.stream().map(ScoreTimeline.Step::point).toList();
    }

    private static Happening opened(String ticket, String customer, Instant at, String id) {
        return happening(ticket, new TicketChange.Opened(order(at, id), customer, null, at, TicketStatus.OPEN, null,
                null, null), id);
    }

    private static Happening happening(String ticket, TicketChange change, String id) {
        return new Happening(change.order(), ticket, change, new ChangeCause("event", id, "cause.opened", ticket));
    }

    private static EventOrder order(Instant at, String id) {
        return new EventOrder(at, id, "test");
    }
}
