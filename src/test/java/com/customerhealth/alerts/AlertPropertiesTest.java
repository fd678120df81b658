package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Fraction;
import com.customerhealth.scoring.Health;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the alert rules over seeded random histories: a failing seed replays the same history. */
class AlertPropertiesTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Subject ADA = Subject.customer("c-1", "Ada");
    private static final List<Duration> COOL_DOWNS = List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24),
            Duration.ofDays(3));

    @Test
    void aFlappingBandAlertsAtMostOncePerCoolDownAndEveryBandDropResolvesWhenTheBandReturns() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            AlertRules rules = AlertRules.defaults().withCoolDown(COOL_DOWNS.get(random.nextInt(COOL_DOWNS.size())));
            List<PastAlert> stored = new ArrayList<>();
            List<Instant> bandDrops = new ArrayList<>();
            Instant at = START;
            Integer score = 80;
            Health band = Health.HEALTHY;
            for (int step = 0; step < 150; step++) {
                at = at.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
                Health next = Health.values()[random.nextInt(random.nextInt(8) == 0 ? 4 : 3)];
                Integer nextScore = scoreIn(next, random);
                Observation observation = Observation.of(ADA, new ScoreMove(at, score, band, nextScore, next,
                        ChangeCause.timePassed())).withAlerts(stored);

                AlertOutcome outcome = rules.evaluate(observation);
                String where = "seed " + seed + " step " + step;

                assertEquals(outcome, rules.evaluate(observation), where + ": the same observation decides the same");
                boolean dropped = AlertEvaluation.isWorse(next, band);
                Instant now = at;
                boolean cooling = bandDrops.stream().anyMatch(t -> Duration.between(t, now).compareTo(rules.coolDown()) < 0);
                long raised = outcome.raised().stream().filter(alert -> alert.kind() == AlertKind.BAND_DROP).count();
                assertEquals(dropped && !cooling ? 1 : 0, raised, where + ": " + band + " → " + next);
                apply(outcome, stored, random);
                if (raised == 1) {
                    bandDrops.add(at);
                }
                for (PastAlert alert : stored) {
                    if (alert.kind() == AlertKind.BAND_DROP && alert.state().isActive()) {
                        assertTrue(!AlertEvaluation.isAtLeast(next, alert.previousBand()),
                                where + ": " + alert + " still open in " + next);
                    }
                }
                score = nextScore;
                band = next;
            }
            for (int i = 1; i < bandDrops.size(); i++) {
                assertTrue(Duration.between(bandDrops.get(i - 1), bandDrops.get(i)).compareTo(rules.coolDown()) >= 0,
                        "seed " + seed + ": band drops at " + bandDrops.get(i - 1) + " and " + bandDrops.get(i));
            }
            AlertOutcome healed = rules.evaluate(Observation.of(ADA, new ScoreMove(at.plusSeconds(1), score, band, 90,
                    Health.HEALTHY, ChangeCause.timePassed())).withAlerts(stored));
            apply(healed, stored, random);
            assertTrue(stored.stream().noneMatch(alert -> alert.kind() == AlertKind.BAND_DROP && alert.state().isActive()),
                    "seed " + seed + ": every band drop resolves once healthy again");
        }
    }

    @Test
    void aTicketSpikeIsWhatTheContractSaysComputedWithFractions() {
        Random random = new Random(7);
        for (int run = 0; run < 20_000; run++) {
            TicketSpikeRule rule = new TicketSpikeRule(true, 1 + random.nextInt(6), 1 + random.nextInt(5),
                    1 + random.nextInt(60), Duration.ofHours(1 + random.nextInt(72)));
            int inWindow = random.nextInt(40);
            int inBaseline = random.nextInt(400);
            Fraction usualPerWindow = Fraction.of((long) inBaseline * rule.window().toHours())
                    .divide(Fraction.of(rule.baselineDays() * 24L));
            Fraction threshold = Fraction.of(rule.factor()).multiply(usualPerWindow);
            Fraction floor = Fraction.of(rule.floor());
            boolean expected = Fraction.of(inWindow).isAtLeast(threshold.isAtLeast(floor) ? threshold : floor);

            assertEquals(expected, rule.isSpike(inWindow, inBaseline), rule + " " + inWindow + " against " + inBaseline);
        }
    }

    /** Stores what {@code outcome} decides, as the caller would, and now and then acknowledges an open alert. */
    private static void apply(AlertOutcome outcome, List<PastAlert> stored, Random random) {
        for (PastAlert resolved : outcome.resolved()) {
            stored.replaceAll(alert -> alert.id().equals(resolved.id()) ? alert.withState(AlertState.RESOLVED) : alert);
        }
        for (RaisedAlert raised : outcome.raised()) {
            stored.add(PastAlert.of("a-" + stored.size(), raised, AlertState.OPEN));
        }
        if (!stored.isEmpty() && random.nextInt(4) == 0) {
            int pick = random.nextInt(stored.size());
            if (stored.get(pick).state() == AlertState.OPEN) {
                stored.set(pick, stored.get(pick).withState(AlertState.ACKNOWLEDGED));
            }
        }
    }

    private static Integer scoreIn(Health band, Random random) {
        return switch (band) {
            case HEALTHY -> 70 + random.nextInt(31);
            case AVERAGE -> 50 + random.nextInt(20);
            case POOR -> random.nextInt(50);
            case NO_DATA -> null;
        };
    }
}
