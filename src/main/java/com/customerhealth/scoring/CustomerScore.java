package com.customerhealth.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A customer scored from its tickets, the one way every score is computed, whether it is stored or only
 * previewed: what the window measured of them, the score the rules give that, and when the score would
 * next move with no event at all.
 *
 * <pre>{@code
 * CustomerScore scored = CustomerScore.of(rules, new MeasurementWindow(now, rules.windowDays()), tickets);
 * MemberScore member = scored.asMember("alice");
 * }</pre>
 *
 * @param measured   the parameters' values over the window
 * @param score      the score, band and explanation
 * @param nextChange the first moment one of the tickets leaves the window, or null
 */
public record CustomerScore(Measurements measured, Score score, Instant nextChange) {

    public CustomerScore {
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(score, "score");
    }

    /** The score {@code rules} give a customer with {@code tickets}, measured over {@code window}. */
    public static CustomerScore of(ScoringRules rules, MeasurementWindow window, List<TicketFacts> tickets) {
        Measurements measured = window.measure(tickets, rules.csatScale());
        return new CustomerScore(measured, rules.score(measured), window.nextChange(tickets));
    }

    /** This score as a member of a company counts it. */
    public MemberScore asMember(String customerId) {
        return new MemberScore(customerId, score.value(), measured.ticketsInWindow());
    }
}
