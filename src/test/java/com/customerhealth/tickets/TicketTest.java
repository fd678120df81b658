package com.customerhealth.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.scoring.Rating;
import com.customerhealth.scoring.TicketFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What keeping a ticket's next state tells: nothing changed, what the scores read, or also what a customer's company follows. */
class TicketTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");
    private static final String SOURCE = "https://desk.example.com";

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("an interaction", change(order -> new TicketChange.InteractionAdded(order, later(1))), Ticket.Kept.SCORED),
                Arguments.of("solved", change(order -> new TicketChange.StatusSet(order, TicketStatus.SOLVED, later(2))), Ticket.Kept.SCORED),
                Arguments.of("rated", change(order -> new TicketChange.Rated(order, new Rating(2, 1, 3), later(3))), Ticket.Kept.SCORED),
                Arguments.of("deleted", change(TicketChange.Deleted::new), Ticket.Kept.SCORED),
                Arguments.of("a priority change", change(order -> new TicketChange.PrioritySet(order, "high", later(1))), Ticket.Kept.UNCHANGED),
                Arguments.of("escalated", change(order -> new TicketChange.Escalated(order, "tier-2", later(1))), Ticket.Kept.UNCHANGED),
                Arguments.of("moved to another customer", change(order -> new TicketChange.MovedTo(order, "C2", "acme")), Ticket.Kept.NAMING),
                Arguments.of("moved to another company", change(order -> new TicketChange.MovedTo(order, "C1", "globex")), Ticket.Kept.NAMING),
                Arguments.of("moved where it is", change(order -> new TicketChange.MovedTo(order, "C1", "acme")), Ticket.Kept.UNCHANGED));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("changes")
    void keepingTheNextStateTellsWhatItsReadersFollowOfIt(String what, Function<EventOrder, TicketChange> change,
                                                           Ticket.Kept expected) {
        Ticket row = new Ticket("t1", "T1");
        TicketState opened = TicketState.fold("T1", List.of(new TicketChange.Opened(new EventOrder(CREATED, "e-1", SOURCE),
                "C1", "acme", CREATED, TicketStatus.NEW, "normal", "email", "Invoice missing")));
        assertEquals(Ticket.Kept.NAMING, row.keep(opened, carried(opened)), "a ticket created names its customer's company");
        List<TicketChange> all = new ArrayList<>();
        all.add(new TicketChange.Opened(new EventOrder(CREATED, "e-1", SOURCE), "C1", "acme", CREATED, TicketStatus.NEW,
                "normal", "email", "Invoice missing"));
        all.add(change.apply(new EventOrder(later(5), "e-2", SOURCE)));
        TicketState next = TicketState.fold("T1", all);

        assertEquals(expected, row.keep(next, carried(next)));
        assertEquals(Ticket.Kept.UNCHANGED, row.keep(next, carried(next)), "the same state again");
    }

    @Test
    void aTicketCarriesOnlyItsOwnUntilAMergedOneAddsAnInteractionOrALaterHandling() {
        Ticket row = new Ticket("t1", "T1");
        TicketState own = TicketState.fold("T1", List.of(new TicketChange.Opened(new EventOrder(CREATED, "e-1", SOURCE),
                        "C1", "acme", CREATED, TicketStatus.NEW, "normal", "email", null),
                new TicketChange.InteractionAdded(new EventOrder(later(1), "e-2", SOURCE), later(1))));

        row.keep(own, carried(own));
        assertTrue(row.carriesOnlyItsOwn());
        row.keep(own, new TicketFamily.Carried(own.interactions() + 2, own.lastHandledAt()));
        assertFalse(row.carriesOnlyItsOwn(), "two interactions of a merged ticket");
        row.keep(own, new TicketFamily.Carried(own.interactions(), later(4)));
        assertFalse(row.carriesOnlyItsOwn(), "a merged ticket handled later");
    }

    @Test
    void aSubjectIsKeptAndReadBackButIsNothingTheScoresOrTheCompanyFollow() {
        Ticket row = new Ticket("t1", "T1");
        TicketState without = TicketState.fold("T1", List.of(new TicketChange.Opened(new EventOrder(CREATED, "e-1",
                SOURCE), "C1", "acme", CREATED, TicketStatus.NEW, "normal", "email", null)));
        TicketState with = TicketState.fold("T1", List.of(new TicketChange.Opened(new EventOrder(CREATED, "e-1",
                SOURCE), "C1", "acme", CREATED, TicketStatus.NEW, "normal", "email", "Invoice missing")));
        row.keep(without, carried(without));
        TicketFacts factsWithout = row.facts();

        assertEquals(Ticket.Kept.UNCHANGED, row.keep(with, carried(with)));
        assertEquals("Invoice missing", row.subject());
        assertEquals(with, row.state());
        assertEquals(factsWithout, row.facts(), "the scores read the same facts");
    }

    private static Function<EventOrder, TicketChange> change(Function<EventOrder, TicketChange> change) {
        return change;
    }

    private static TicketFamily.Carried carried(TicketState state) {
        return new TicketFamily.Carried(state.interactions(), state.lastHandledAt());
    }

    private static Instant later(int hours) {
        return CREATED.plus(Duration.ofHours(hours));
    }
}
