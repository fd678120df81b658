package com.customerhealth.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.CustomerScore;
import com.customerhealth.scoring.MeasurementWindow;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.Rating;
import com.customerhealth.scoring.ScoringRules;
import com.customerhealth.scoring.TicketFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerHealthTest {

    private static final ScoringRules RULES = ScoringRules.of(Preset.B2C_SMALL);
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Instant CREATED = NOW.minus(Duration.ofDays(3));

    @Test
    void anEventThatMovesAParameterButNotTheScoreLeavesTheReasonForTheScore() {
        CustomerHealth health = new CustomerHealth("t", "c");
        ChangeCause rated = new ChangeCause("event", "e1", "cause.csat", "1", "3", "1");
        update(health, new TicketFacts(CREATED, false, 1, CREATED.plusSeconds(60), new Rating(1, 1, 3), NOW), rated);
        update(health, new TicketFacts(CREATED, false, 1, CREATED.plusSeconds(60), new Rating(1, 1, 3), NOW),
                new ChangeCause("event", "e2", "cause.reply.customer", "1"));
        ChangeCause reply = new ChangeCause("event", "e3", "cause.reply.agent", "1");
        Integer before = health.score();
        update(health, new TicketFacts(CREATED, false, 2, CREATED.plusSeconds(90), new Rating(1, 1, 3), NOW), reply);

        assertEquals(before, health.score(), "two interactions instead of one keep the score of this fixture");
        assertEquals("e1", health.lastChange().reference(), "the last change is the one that set the score");

        ChangeCause good = new ChangeCause("event", "e4", "cause.csat", "3", "3", "1");
        update(health, new TicketFacts(CREATED, false, 2, CREATED.plusSeconds(90), new Rating(3, 1, 3), NOW), good);
        assertNotEquals(before, health.score());
        assertEquals("e4", health.lastChange().reference());
        assertEquals("CSAT 3 of 3 on ticket 1", health.lastChange().summary(), "the API's summary is in English");
        assertEquals(List.of("cause.csat", "3", "3", "1"), health.lastChange().words());
        assertEquals(before, health.lastChange().previousScore());
    }

    private static void update(CustomerHealth health, TicketFacts ticket, ChangeCause cause) {
        CustomerScore scored = CustomerScore.of(RULES, new MeasurementWindow(NOW, RULES.windowDays()), List.of(ticket));
        health.update(scored.score(), 1, NOW, scored.nextChange(), cause);
    }
}
