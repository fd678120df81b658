package com.customerhealth.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.scoring.CsatScale;
import com.customerhealth.scoring.MeasurementWindow;
import com.customerhealth.scoring.Measurements;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.Rating;
import com.customerhealth.scoring.ScoringRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fold of a ticket's changes, and of tickets merged into one another, in any order of arrival. */
class TicketFoldTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String SOURCE = "https://desk.example.com";

    private int number;

    @Test
    void aPriorityChangeIsNotHandlingSoAnOldTicketTouchedByOneHasNoInteractionsInTheWindow() {
        List<TicketChange> changes = new ArrayList<>();
        changes.add(opened("C1", days(90)));
        for (int i = 0; i < 8; i++) {
            changes.add(new TicketChange.InteractionAdded(order(days(90).plusSeconds(i + 1)), days(90).plusSeconds(i + 1)));
        }
        changes.add(new TicketChange.StatusSet(order(days(89)), TicketStatus.SOLVED, days(89)));
        changes.add(new TicketChange.PrioritySet(order(days(5)), "high", days(5)));

        TicketState state = TicketState.fold("T1", changes);
        Measurements measured = new MeasurementWindow(NOW, 60)
                .measure(List.of(TicketFamily.facts(state, TicketFamily.carried(List.of(state)).get("T1"))), CsatScale.DEFAULT);

        assertEquals(days(89), state.lastHandledAt());
        assertNull(measured.avgInteractions(), "no data: nothing handled in the window");
        assertEquals(100, ScoringRules.of(Preset.B2C_SMALL).score(measured).value());
    }

    @Test
    void interactionsOfATicketMergedBeforeItsTargetWasCreatedCountForTheTarget() {
        List<TicketChange> source = new ArrayList<>();
        source.add(opened("C1", days(10)));
        for (int i = 0; i < 7; i++) {
            source.add(interaction(days(9).plusSeconds(i)));
        }
        source.add(new TicketChange.MergedInto(order(days(8)), "T2"));
        List<TicketChange> target = List.of(opened("C1", days(7)));

        assertEquals(7, carried(Map.of("T1", source, "T2", target)).get("T2").interactions(),
                "the merge arrived before T2's creation; order of arrival does not matter");
    }

    @Test
    void anInteractionDatedBeforeTheMergeArrivingAfterItMovesToTheTarget() {
        List<TicketChange> source = new ArrayList<>(List.of(opened("C1", days(10)), interaction(days(9)),
                new TicketChange.MergedInto(order(days(5)), "T2")));
        List<TicketChange> target = List.of(opened("C1", days(10)), interaction(days(4)));
        TicketState before = TicketState.fold("T1", source);
        TicketChange late = interaction(days(6));

        assertFalse(before.isExtendedBy(late), "it comes before what is folded: the ticket is folded again");
        source.add(late);

        assertEquals(3, carried(Map.of("T1", source, "T2", target)).get("T2").interactions());
        assertFalse(TicketState.fold("T1", source).counted());
    }

    @Test
    void aMergeIntoATicketStillAwaitedCountsOnceTheTargetArrives() {
        List<TicketChange> source = List.of(opened("C1", days(10)), interaction(days(9)), interaction(days(8)),
                new TicketChange.MergedInto(order(days(7)), "T2"));
        List<TicketChange> awaited = List.of(interaction(days(6)));

        TicketState waiting = TicketState.fold("T2", awaited);
        assertFalse(waiting.counted(), "no ticket.created yet");

        List<TicketChange> arrived = new ArrayList<>(awaited);
        arrived.add(opened("C1", days(7)));
        assertTrue(TicketState.fold("T2", arrived).counted());
        assertEquals(3, carried(Map.of("T1", source, "T2", arrived)).get("T2").interactions());
    }

    @Test
    void changesAtTheSameInstantAreOrderedByEventIdWhateverTheirArrival() {
        Instant at = days(3);
        TicketChange first = new TicketChange.Rated(new EventOrder(at, "e-1", SOURCE), new Rating(1, 1, 3), at);
        TicketChange second = new TicketChange.Rated(new EventOrder(at, "e-2", SOURCE), new Rating(3, 1, 3), at);
        TicketChange solved = new TicketChange.StatusSet(new EventOrder(at, "e-3", SOURCE), TicketStatus.SOLVED, at);
        TicketChange reopened = new TicketChange.StatusSet(new EventOrder(at, "e-4", SOURCE), TicketStatus.OPEN, at);
        TicketChange created = opened("C1", days(4));

        for (List<TicketChange> arrival : List.of(List.of(created, first, second, solved, reopened),
                List.of(reopened, second, solved, first, created))) {
            TicketState state = TicketState.fold("T1", arrival);
            assertEquals(3.0, state.rating().value(), "e-2 comes after e-1");
            assertEquals(TicketStatus.OPEN, state.status(), "e-4 comes after e-3");
        }
    }

    @Test
    void aChainOfMergesCountsForItsLastTicketAndACircleForNoOne() {
        Map<String, List<TicketChange>> chain = Map.of(
                "A", List.of(opened("C1", days(9)), interaction(days(9)), new TicketChange.MergedInto(order(days(8)), "B")),
                "B", List.of(opened("C1", days(9)), interaction(days(8)), interaction(days(8)),
                        new TicketChange.MergedInto(order(days(7)), "C")),
                "C", List.of(opened("C1", days(9)), interaction(days(1))));

        Map<String, TicketFamily.Carried> carried = carried(chain);

        assertEquals(4, carried.get("C").interactions());
        assertEquals(days(1), carried.get("C").lastHandledAt());
        Map<String, List<TicketChange>> circle = Map.of(
                "A", List.of(opened("C1", days(9)), interaction(days(9)), new TicketChange.MergedInto(order(days(8)), "B")),
                "B", List.of(opened("C1", days(9)), new TicketChange.MergedInto(order(days(7)), "A")));
        Map<String, TicketState> states = states(circle);
        assertFalse(states.get("A").counted() || states.get("B").counted(), "both merged away");
        assertEquals(1, carried(circle).get("A").interactions(), "what comes round again is not counted twice");
    }

    @Test
    void aTicketMergedIntoItselfStaysAndTheFirstMergeCounts() {
        TicketState self = TicketState.fold("T1", List.of(opened("C1", days(3)), interaction(days(2)),
                new TicketChange.MergedInto(order(days(1)), "T1")));
        TicketState twice = TicketState.fold("T1", List.of(opened("C1", days(3)),
                new TicketChange.MergedInto(order(days(2)), "T2"), new TicketChange.MergedInto(order(days(1)), "T3")));

        assertTrue(self.counted());
        assertEquals(1, self.interactions());
        assertEquals("T2", twice.mergedInto());
    }

    @Test
    void theFirstCreationCountsAndTheLatestMoveNamesTheCustomer() {
        TicketState state = TicketState.fold("T1", List.of(opened("C1", days(5)), opened("C9", days(4)),
                new TicketChange.MovedTo(order(days(2)), "C3", "K3"), new TicketChange.MovedTo(order(days(3)), "C2", null)));

        assertEquals(days(5), state.createdAt());
        assertEquals("C3", state.customerId());
        assertEquals("K3", state.companyId());
    }

    @Test
    void theSubjectIsTheFirstCreationsWhateverTheArrivalAndNoneWhenItNamedNone() {
        TicketChange first = new TicketChange.Opened(order(days(5)), "C1", null, days(5), TicketStatus.NEW, null, null,
                "Printer on fire");
        TicketChange second = new TicketChange.Opened(order(days(4)), "C1", null, days(4), TicketStatus.NEW, null, null,
                "Printer fixed?");
        TicketChange interaction = interaction(days(3));

        for (List<TicketChange> arrival : List.of(List.of(first, second, interaction), List.of(interaction, second, first))) {
            assertEquals("Printer on fire", TicketState.fold("T1", arrival).subject(), "arrival " + arrival);
        }
        assertEquals(null, TicketState.fold("T1", List.of(opened("C1", days(5)), second)).subject(),
                "the first creation named no subject: a later one does not give it one");
    }

    @Test
    void inOrderChangesExtendTheFoldToTheSameStateAsFoldingThemAllAtOnce() {
        List<TicketChange> changes = List.of(opened("C1", days(6)), interaction(days(5)),
                new TicketChange.StatusSet(order(days(4)), TicketStatus.PENDING, days(4)),
                new TicketChange.Rated(order(days(3)), new Rating(2, 1, 3), days(3)), new TicketChange.Deleted(order(days(2))));
        TicketState extended = TicketState.nothing("T1");
        for (TicketChange change : changes) {
            assertTrue(extended.isExtendedBy(change));
            extended = extended.apply(change);
        }

        assertEquals(TicketState.fold("T1", changes), extended);
        assertFalse(extended.counted());
    }

    @Test
    void everyOrderOfArrivalOfRandomStreamsFoldsToTheSameState() {
        Random random = new Random(20261201L);
        for (int stream = 0; stream < 200; stream++) {
            Map<String, List<TicketChange>> changes = randomStream(random);
            Map<String, TicketState> expected = states(changes);
            Map<String, TicketFamily.Carried> expectedCarried = TicketFamily.carried(expected.values());
            for (int shuffle = 0; shuffle < 10; shuffle++) {
                Map<String, List<TicketChange>> arrived = changes.entrySet().stream().collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> {
                            List<TicketChange> copy = new ArrayList<>(entry.getValue());
                            // Deliveries repeat: some changes arrive twice.
                            for (int d = random.nextInt(3); d > 0 && !copy.isEmpty(); d--) {
                                copy.add(copy.get(random.nextInt(copy.size())));
                            }
                            Collections.shuffle(copy, random);
                            return copy;
                        }));
                Map<String, TicketState> folded = states(arrived);
                assertEquals(expected, folded, "stream " + stream);
                assertEquals(expectedCarried, TicketFamily.carried(folded.values()), "stream " + stream);
            }
        }
    }

    /** Up to five tickets of two customers with every kind of change, merges among them, times often equal. */
    private Map<String, List<TicketChange>> randomStream(Random random) {
        List<String> tickets = List.of("T1", "T2", "T3", "T4", "T5");
        Map<String, List<TicketChange>> changes = new LinkedHashMap<>();
        for (String ticket : tickets) {
            List<TicketChange> own = new ArrayList<>();
            if (random.nextInt(6) > 0) {
                own.add(new TicketChange.Opened(order(random, 20), "C" + random.nextInt(2), random.nextBoolean() ? "K" : null,
                        days(20 + random.nextInt(3)), TicketStatus.values()[random.nextInt(TicketStatus.values().length)],
                        null, null, random.nextBoolean() ? "subject " + random.nextInt(3) : null));
            }
            for (int i = random.nextInt(8); i > 0; i--) {
                EventOrder order = order(random, 20);
                own.add(switch (random.nextInt(8)) {
                    case 0 -> new TicketChange.StatusSet(order, TicketStatus.values()[random.nextInt(6)], order.occurredAt());
                    case 1 -> new TicketChange.Rated(order, new Rating(1 + random.nextInt(5), 1, 5), order.occurredAt());
                    case 2 -> new TicketChange.PrioritySet(order, "p" + random.nextInt(3), order.occurredAt());
                    case 3 -> new TicketChange.MergedInto(order, tickets.get(random.nextInt(tickets.size())));
                    case 4 -> new TicketChange.MovedTo(order, "C" + random.nextInt(3), null);
                    case 5 -> random.nextInt(4) == 0 ? new TicketChange.Deleted(order)
                            : new TicketChange.Escalated(order, "tier-2", order.occurredAt());
                    default -> new TicketChange.InteractionAdded(order, order.occurredAt());
                });
            }
            changes.put(ticket, own);
        }
        return changes;
    }

    /** An order among few instants and ids, so equal times and equal ids of other sources are common. */
    private EventOrder order(Random random, int days) {
        return new EventOrder(days(random.nextInt(days)), "e-" + number++, random.nextBoolean() ? SOURCE : "https://other.example.com");
    }

    private static Map<String, TicketState> states(Map<String, List<TicketChange>> changes) {
        return changes.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> TicketState.fold(entry.getKey(), entry.getValue())));
    }

    private static Map<String, TicketFamily.Carried> carried(Map<String, List<TicketChange>> changes) {
        return TicketFamily.carried(states(changes).values());
    }

    private TicketChange opened(String customer, Instant at) {
        return new TicketChange.Opened(order(at), customer, null, at, TicketStatus.NEW, null, null, null);
    }

    private TicketChange interaction(Instant at) {
        return new TicketChange.InteractionAdded(order(at), at);
    }

    private EventOrder order(Instant at) {
        return new EventOrder(at, "e-" + number++, SOURCE);
    }

    private static Instant days(int ago) {
        return NOW.minus(Duration.ofDays(ago));
    }
}
