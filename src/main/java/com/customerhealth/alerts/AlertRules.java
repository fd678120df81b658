package com.customerhealth.alerts;

import com.customerhealth.scoring.InvalidRulesException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's alert rules: each kind on or off with its numbers, and the cool-down. The numbers are
 * checked by {@link #problems()}, not when the rules are built, so that a settings page can hold what
 * an admin typed and show every wrong field at once; {@link #evaluate} refuses rules that have a problem.
 *
 * <pre>{@code
 * AlertRules rules = AlertRules.defaults().withScoreDrop(ScoreDropRule.defaults().withPoints(20));
 * rules.problems();                  // [] : 20 is between 1 and 100
 * rules.evaluate(observation);       // the alerts to raise and to resolve
 * }</pre>
 *
 * @param bandDrop    whether entering a worse band alerts
 * @param scoreDrop   when a fall of the score alerts
 * @param ticketSpike when a customer's new tickets alert
 * @param lowCsat     whether a rating at the bottom of its scale alerts
 * @param coolDown    how long after alerting of one kind a subject does not alert of it again, whole hours
 *                    from 0 to 30 days
 */
public record AlertRules(boolean bandDrop, ScoreDropRule scoreDrop, TicketSpikeRule ticketSpike, boolean lowCsat,
                         Duration coolDown) {

    public static final Duration DEFAULT_COOL_DOWN = Duration.ofHours(24);
    public static final Duration LONGEST_COOL_DOWN = Duration.ofDays(30);

    public AlertRules {
        Objects.requireNonNull(scoreDrop, "scoreDrop");
        Objects.requireNonNull(ticketSpike, "ticketSpike");
        Objects.requireNonNull(coolDown, "coolDown");
    }

    /** Every kind on with its default numbers, and a cool-down of 24 hours. */
    public static AlertRules defaults() {
        return new AlertRules(true, ScoreDropRule.defaults(), TicketSpikeRule.defaults(), true, DEFAULT_COOL_DOWN);
    }

    /** Whether alerts of {@code kind} are raised at all. */
    public boolean on(AlertKind kind) {
        return switch (kind) {
            case BAND_DROP -> bandDrop;
            case SCORE_DROP -> scoreDrop.on();
            case TICKET_SPIKE -> ticketSpike.on();
            case LOW_CSAT -> lowCsat;
        };
    }

    /**
     * What is wrong with these rules, each problem with the setting it belongs to, in the settings' order;
     * empty when they can be applied. Numbers of a kind switched off are checked too: switching it on
     * again must not bring back a value that was never accepted.
     */
    public List<SettingProblem> problems() {
        List<SettingProblem> problems = new ArrayList<>(scoreDrop.problems());
        problems.addAll(ticketSpike.problems());
        if (!coolDown.equals(Duration.ofHours(coolDown.toHours()))) {
            problems.add(SettingProblem.of("coolDown.hours", "wholeNumber"));
        } else if (coolDown.isNegative() || coolDown.compareTo(LONGEST_COOL_DOWN) > 0) {
            problems.add(SettingProblem.of("coolDown.hours", "range", 0, LONGEST_COOL_DOWN.toHours(),
                    coolDown.toHours()));
        }
        return problems;
    }

    /**
     * The alerts {@code observation} raises and the earlier ones it resolves, judged at the move's instant.
     *
     * <p>Raised, each kind only when it is on and did not alert for the subject within the cool-down
     * (an alert at t blocks until just before t + cool-down; at t + cool-down the kind alerts again; an
     * alert of any state counts, a resolved one too, so a subject flapping between two bands alerts once):
     * <ul>
     * <li>{@code band_drop}: the band after the move is worse than before, worse meaning further down
     * healthy, average, poor. Moving into or out of no data is no drop: a subject whose tickets all left
     * the window has not got worse, and one scored for the first time has not fallen from anything.</li>
     * <li>{@code score_drop}: the score after the move is at least N below the highest score from D days
     * before the move to the move, both ends included; the score before the move counts, as it stood
     * until the move.</li>
     * <li>{@code ticket_spike}: the tickets counted are a spike by {@link TicketSpikeRule#isSpike}.</li>
     * <li>{@code low_csat}: the rating given equals the lowest of its scale.</li>
     * </ul>
     *
     * <p>Resolved, of the alerts handed in that are open or acknowledged, whether their kind is on now or not:
     * <ul>
     * <li>{@code band_drop}: the band is back at the alert's previous band or better (no data is not).</li>
     * <li>{@code score_drop}: the score is back at the highest score it fell from, the alert's previous
     * score; merely getting within N of it again would resolve and re-raise a score that wobbles at the edge.</li>
     * <li>{@code ticket_spike}: the spike's window has passed, at the alert's instant plus the window; the
     * tickets then counted are a new window. Something must observe the subject then: a day ending or
     * tickets leaving the window ({@code ChangeCause.timePassed()}) will do.</li>
     * <li>{@code low_csat}: the subject gives a rating above its scale's lowest; a low rating has no
     * other end, and a better rating is the customer saying things improved.</li>
     * </ul>
     *
     * @throws InvalidRulesException naming the first of {@link #problems()}, when there is one
     */
    public AlertOutcome evaluate(Observation observation) {
        List<SettingProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems.get(0).setting(), problems.get(0).problem());
        }
        return new AlertEvaluation(this, observation).outcome();
    }

    public AlertRules withBandDrop(boolean on) {
        return new AlertRules(on, scoreDrop, ticketSpike, lowCsat, coolDown);
    }

    public AlertRules withScoreDrop(ScoreDropRule rule) {
        return new AlertRules(bandDrop, rule, ticketSpike, lowCsat, coolDown);
    }

    public AlertRules withTicketSpike(TicketSpikeRule rule) {
        return new AlertRules(bandDrop, scoreDrop, rule, lowCsat, coolDown);
    }

    public AlertRules withLowCsat(boolean on) {
        return new AlertRules(bandDrop, scoreDrop, ticketSpike, on, coolDown);
    }

    public AlertRules withCoolDown(Duration newCoolDown) {
        return new AlertRules(bandDrop, scoreDrop, ticketSpike, lowCsat, newCoolDown);
    }
}
