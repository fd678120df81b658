package com.customerhealth.alerts;

import com.customerhealth.scoring.Rating;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one decision about a subject's alerts is made from, handed in so that the decision reads
 * no clock and no store: the same observation always raises and resolves the same alerts.
 *
 * <pre>{@code
 * Observation.of(Subject.customer("c-1", "Ada"), move)
 *         .withHistory(pointsOfTheLastDays)
 *         .withTickets(new TicketCounts(7, 30))
 *         .withAlerts(alertsOfAda);
 * }</pre>
 *
 * @param subject the customer or company
 * @param move    what happened to its score, and when
 * @param history its scores over at least the score drop's last D days up to {@code move.at()}; points
 *                outside these days are left out of the judgement
 * @param tickets its tickets opened lately and usually, empty when they are not counted (for a company, or
 *                when no ticket was opened)
 * @param rating  the rating just given, empty when the move is not a rating
 * @param alerts  the alerts raised for the subject before, in any state, at least those of the last
 *                cool-down and every one still open or acknowledged
 */
public record Observation(Subject subject, ScoreMove move, List<ScorePoint> history, Optional<TicketCounts> tickets,
                          Optional<Rating> rating, List<PastAlert> alerts) {

    public Observation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(move, "move");
        history = List.copyOf(history);
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(rating, "rating");
        alerts = List.copyOf(alerts);
    }

    /** {@code move} of {@code subject}, with no history, no tickets, no rating and no earlier alerts. */
    public static Observation of(Subject subject, ScoreMove move) {
        return new Observation(subject, move, List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    public Observation withHistory(List<ScorePoint> newHistory) {
        return new Observation(subject, move, newHistory, tickets, rating, alerts);
    }

    public Observation withTickets(TicketCounts counts) {
        return new Observation(subject, move, history, Optional.of(counts), rating, alerts);
    }

    public Observation withRating(Rating given) {
        return new Observation(subject, move, history, tickets, Optional.of(given), alerts);
    }

    public Observation withAlerts(List<PastAlert> earlier) {
        return new Observation(subject, move, history, tickets, rating, earlier);
    }
}
