package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementWindowTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final MeasurementWindow WINDOW = new MeasurementWindow(NOW, 60);

    private static Instant daysAgo(double days) {
        return NOW.minus(Duration.ofMinutes(Math.round(days * 24 * 60)));
    }

    @ParameterizedTest(name = "{0} days ago inside: {1}")
    @CsvSource({"0, true", "59.9, true", "60, true", "60.001, false", "400, false"})
    void anInstantExactlyWDaysAgoIsStillInside(double days, boolean inside) {
        assertEquals(inside, WINDOW.contains(daysAgo(days)));
    }

    @Test
    void ticketsOpenedInTheWindowCountWhateverTheirStatus() {
        List<TicketFacts> tickets = List.of(
                ticket(10, false, 3, 9),
                ticket(20, true, 1, 20),
                ticket(70, true, 8, 70),
                ticket(90, false, 2, 5));

        Measurements measured = WINDOW.measure(tickets, CsatScale.DEFAULT);

        assertEquals(2, measured.ticketsInWindow());
        assertEquals(2, measured.openTickets(), "open tickets count whatever their age");
        assertEquals(Fraction.of(2), measured.avgInteractions(),
                "interactions average over tickets with activity in the window, old or new");
    }

    @Test
    void noTicketHandledInTheWindowLeavesInteractionsWithoutData() {
        Measurements measured = WINDOW.measure(List.of(ticket(100, true, 5, 61)), CsatScale.DEFAULT);

        assertNull(measured.avgInteractions());
        assertEquals(0, measured.ticketsInWindow());
        assertEquals(1, measured.openTickets());
        assertNull(measured.avgCsat());
    }

    @Test
    void csatAveragesTheLatestRatingOfEachTicketRatedInTheWindowOnTheConfiguredScale() {
        List<TicketFacts> tickets = List.of(
                rated(new Rating(5, 1, 5), 3),
                rated(new Rating(1, 0, 1), 59),
                rated(new Rating(1, 1, 5), 61));

        Measurements measured = WINDOW.measure(tickets, CsatScale.DEFAULT);

        assertEquals(Fraction.of(3), measured.avgCsat());
        assertEquals(5.0, WINDOW.measure(tickets, new CsatScale(1, 5)).avgCsat().doubleValue(), 1e-9);
    }

    @Test
    void nextChangeIsWhenTheEarliestInstantInTheWindowLeavesIt() {
        List<TicketFacts> tickets = List.of(ticket(10, true, 1, 2), ticket(50, false, 1, 40), ticket(80, false, 1, 80));

        Instant next = WINDOW.nextChange(tickets);

        assertEquals(daysAgo(50).plus(Duration.ofDays(60)).plusNanos(1), next);
        assertNull(WINDOW.nextChange(List.of(ticket(80, false, 1, 80))));
    }

    private static TicketFacts ticket(double openedDaysAgo, boolean open, int interactions, double activeDaysAgo) {
        return new TicketFacts(daysAgo(openedDaysAgo), open, interactions, daysAgo(activeDaysAgo), null, null);
    }

    private static TicketFacts rated(Rating rating, double ratedDaysAgo) {
        return new TicketFacts(daysAgo(100), false, 2, daysAgo(ratedDaysAgo), rating, daysAgo(ratedDaysAgo));
    }
}
