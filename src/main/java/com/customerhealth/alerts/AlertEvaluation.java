package com.customerhealth.alerts;

import com.customerhealth.scoring.Fraction;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.Rating;
import com.customerhealth.scoring.RuleSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One decision of {@link AlertRules#evaluate}: the rules applied to one observation. */
final class AlertEvaluation {

    private final AlertRules rules;
    private final Observation observation;
    private final ScoreMove move;
    private final Instant at;

    AlertEvaluation(AlertRules rules, Observation observation) {
        this.rules = rules;
        this.observation = observation;
        this.move = observation.move();
        this.at = move.at();
    }

    AlertOutcome outcome() {
        List<RaisedAlert> raised = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            if (rules.on(kind) && !coolingDown(kind)) {
                raise(kind).ifPresent(raised::add);
            }
        }
        List<PastAlert> resolved = observation.alerts().stream()
                .filter(alert -> alert.state().isActive() && resolves(alert)).toList();
        return new AlertOutcome(raised, resolved);
    }

    /**
     * Worse means further down healthy, average, poor. No data has no place in that order: a subject
     * whose last ticket left the window has not got worse, and one scored for the first time has not
     * dropped from anything, so neither moving into nor out of no data is a band drop.
     */
    static boolean isWorse(Health band, Health than) {
        return band != Health.NO_DATA && than != Health.NO_DATA && band.compareTo(than) > 0;
    }

    /** Whether {@code band} is as good as {@code than} or better; no data is neither. */
    static boolean isAtLeast(Health band, Health than) {
        return band != Health.NO_DATA && than != Health.NO_DATA && band.compareTo(than) <= 0;
    }

    /**
     * Whether {@code kind} alerted for the subject within the cool-down of {@link #at}: at t it blocks
     * until just before t + cool-down, and at t + cool-down it alerts again. An alert recorded after
     * {@link #at}, as when observations are replayed late, blocks as well, the cool-down reaching both ways.
     */
    private boolean coolingDown(AlertKind kind) {
        Duration coolDown = rules.coolDown();
        return observation.alerts().stream().filter(alert -> alert.kind() == kind)
                .anyMatch(alert -> Duration.between(alert.at(), at).abs().compareTo(coolDown) < 0);
    }

    private Optional<RaisedAlert> raise(AlertKind kind) {
        return switch (kind) {
            case BAND_DROP -> bandDrop();
            case SCORE_DROP -> scoreDrop();
            case TICKET_SPIKE -> ticketSpike();
            case LOW_CSAT -> lowCsat();
        };
    }

    private Optional<RaisedAlert> bandDrop() {
        if (!isWorse(move.band(), move.previousBand())) {
            return Optional.empty();
        }
        String key = "alert.band_drop." + move.previousBand().key() + "." + move.band().key();
        return Optional.of(alert(AlertKind.BAND_DROP, move.previousScore(), key,
                number(move.previousScore()), number(move.score())));
    }

    private Optional<RaisedAlert> scoreDrop() {
        ScoreDropRule rule = rules.scoreDrop();
        Optional<Integer> highest = highestWithin(Duration.ofDays(rule.days()));
        if (move.score() == null || highest.isEmpty() || !rule.isDrop(highest.get(), move.score())) {
            return Optional.empty();
        }
        int high = highest.get();
        return Optional.of(alert(AlertKind.SCORE_DROP, high, "alert.score_drop",
                Integer.toString(high - move.score()), Integer.toString(rule.days()), Integer.toString(high),
                Integer.toString(move.score())));
    }

    /**
     * The highest score from {@code days} before {@link #at} to {@link #at}, both ends included: the
     * points of the history within them, and the score before the move, which stood until {@link #at}.
     */
    private Optional<Integer> highestWithin(Duration days) {
        Instant from = at.minus(days);
        Optional<Integer> fromHistory = observation.history().stream()
                .filter(point -> !point.at().isBefore(from) && !point.at().isAfter(at))
                .map(ScorePoint::score).max(Integer::compare);
        Optional<Integer> before = Optional.ofNullable(move.previousScore());
        return fromHistory.isEmpty() ? before
                : before.map(score -> Math.max(score, fromHistory.get())).or(() -> fromHistory);
    }

    private Optional<RaisedAlert> ticketSpike() {
        TicketSpikeRule rule = rules.ticketSpike();
        return observation.tickets().filter(counts -> rule.isSpike(counts.inWindow(), counts.inBaseline()))
                .map(counts -> alert(AlertKind.TICKET_SPIKE, move.previousScore(), "alert.ticket_spike",
                        Integer.toString(counts.inWindow()), Long.toString(rule.window().toHours()),
                        Integer.toString(counts.inBaseline()), Integer.toString(rule.baselineDays())));
    }

    private Optional<RaisedAlert> lowCsat() {
        return observation.rating().filter(AlertEvaluation::atBottom)
                .map(rating -> alert(AlertKind.LOW_CSAT, move.previousScore(), "alert.low_csat",
                        RuleSettings.text(rating.value()), RuleSettings.text(rating.scaleMin()),
                        RuleSettings.text(rating.scaleMax())));
    }

    /** Compared as the decimals they are written as, as the scoring rules compare ratings. */
    static boolean atBottom(Rating rating) {
        return Fraction.of(rating.value()).compareTo(Fraction.of(rating.scaleMin())) == 0;
    }

    private boolean resolves(PastAlert alert) {
        return switch (alert.kind()) {
            case BAND_DROP -> isAtLeast(move.band(), alert.previousBand());
            case SCORE_DROP -> move.score() != null && alert.previousScore() != null
                    && move.score() >= alert.previousScore();
            case TICKET_SPIKE -> !at.isBefore(alert.at().plus(rules.ticketSpike().window()));
            case LOW_CSAT -> observation.rating().filter(rating -> !atBottom(rating)).isPresent();
        };
    }

    private RaisedAlert alert(AlertKind kind, Integer previousScore, String key, String... places) {
        List<String> arguments = new ArrayList<>();
        arguments.add(observation.subject().name());
        arguments.addAll(List.of(places));
        return new RaisedAlert(kind, observation.subject(), at, move.score(), previousScore, move.band(),
                move.previousBand(), move.cause(), key, arguments);
    }

    private static String number(Integer score) {
        return String.valueOf(score);
    }
}
