package com.customerhealth.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer scored from its tickets, by hand against the b2c-small preset over the default 60 days. */
class CustomerScoreTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final ScoringRules RULES = ScoringRules.of(Preset.B2C_SMALL);
    private static final MeasurementWindow WINDOW = new MeasurementWindow(NOW, 60);

    @Test
    void aCustomerWithoutTicketsIsScoredOnItsCountsAloneAndNothingWillMoveIt() {
        CustomerScore scored = CustomerScore.of(RULES, WINDOW, List.of());

        // No interactions and no ratings: no data; 0 tickets <= 2 and 0 open <= 2: good, 100 points each.
        assertNull(scored.measured().avgInteractions());
        assertNull(scored.measured().avgCsat());
        assertEquals(100, scored.score().value());
        assertEquals(Health.HEALTHY, scored.score().health());
        assertNull(scored.nextChange());
        assertEquals(new MemberScore("alice", 100, 0), scored.asMember("alice"));
    }

    @Test
    void oneSettledTicketRatedThreeOfThreeIsGoodOnEveryParameterUntilItLeavesTheWindow() {
        Instant twoDaysAgo = NOW.minus(Duration.ofDays(2));
        TicketFacts ticket = new TicketFacts(twoDaysAgo, false, 3, twoDaysAgo, new Rating(3, 1, 3), twoDaysAgo);

        CustomerScore scored = CustomerScore.of(RULES, WINDOW, List.of(ticket));

        // 3 interactions <= 4, 1 ticket <= 2, 0 open <= 2, CSAT 3 >= 2.6: all good, 100 points each.
        assertEquals(100, scored.score().value());
        assertEquals(Health.HEALTHY, scored.score().health());
        assertEquals(twoDaysAgo.plus(Duration.ofDays(60)).plusNanos(1), scored.nextChange());
        assertEquals(new MemberScore("alice", 100, 1), scored.asMember("alice"));
    }

    @Test
    void aTicketOlderThanTheWindowIsNotMeasured() {
        Instant longAgo = NOW.minus(Duration.ofDays(90));
        TicketFacts ticket = new TicketFacts(longAgo, false, 8, longAgo.plus(Duration.ofDays(1)), null, null);

        CustomerScore scored = CustomerScore.of(RULES, WINDOW, List.of(ticket));

        assertEquals(0, scored.measured().ticketsInWindow());
        assertNull(scored.measured().avgInteractions());
        assertNull(scored.nextChange());
    }
}
