package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertWatchTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void scoresAreRememberedInOrderAndNoDataIsNotAScore() {
        AlertWatch watch = new AlertWatch("t", SubjectType.CUSTOMER, "c-1");
        watch.record(START, 80);
        watch.record(START.plusSeconds(60), null);
        watch.record(START.plusSeconds(120), 40);

        assertEquals(List.of(new ScorePoint(START, 80), new ScorePoint(START.plusSeconds(120), 40)), watch.recent());
    }

    @Test
    void whatIsOlderThanTheLongestDropIsForgottenButTheScoreThatStillStoodThen() {
        AlertWatch watch = new AlertWatch("t", SubjectType.COMPANY, "acme");
        watch.record(START, 90);
        watch.record(START.plus(Duration.ofDays(1)), 70);
        watch.record(START.plus(Duration.ofDays(2)), 60);
        Instant later = START.plus(Duration.ofDays(1)).plus(AlertWatch.KEPT).plusMillis(1);

        watch.record(later, 50);

        assertEquals(List.of(new ScorePoint(START.plus(Duration.ofDays(1)), 70),
                new ScorePoint(START.plus(Duration.ofDays(2)), 60), new ScorePoint(later, 50)), watch.recent(),
                "70 stood until day 2, inside the horizon; 90 was replaced before it");
    }

    @Test
    void aScoreExactlyAtTheHorizonIsKept() {
        AlertWatch watch = new AlertWatch("t", SubjectType.CUSTOMER, "c-2");
        watch.record(START, 90);
        watch.record(START.plusSeconds(1), 80);
        Instant later = START.plusSeconds(1).plus(AlertWatch.KEPT);

        watch.record(later, 70);

        assertEquals(List.of(new ScorePoint(START.plusSeconds(1), 80), new ScorePoint(later, 70)), watch.recent());
    }

    @Test
    void aScoreAsHighOrHigherForgetsTheLowerOnesBeforeIt() {
        AlertWatch watch = new AlertWatch("t", SubjectType.CUSTOMER, "c-3");
        watch.record(START, 90);
        watch.record(START.plusSeconds(1), 60);
        watch.record(START.plusSeconds(2), 70);
        watch.record(START.plusSeconds(3), 70);

        assertEquals(List.of(new ScorePoint(START, 90), new ScorePoint(START.plusSeconds(3), 70)), watch.recent());
    }

    @Test
    void aDropIsMeasuredFromTheScoresWithinItsDaysAndTheOneStandingWhenTheyBegan() {
        AlertWatch watch = new AlertWatch("t", SubjectType.CUSTOMER, "c-4");
        watch.record(START, 80);
        watch.record(START.plus(Duration.ofDays(9)), 60);
        Instant at = START.plus(Duration.ofDays(10));

        assertEquals(List.of(new ScorePoint(at.minus(Duration.ofDays(7)), 80),
                new ScorePoint(START.plus(Duration.ofDays(9)), 60)), watch.within(at, Duration.ofDays(7)),
                "80 stood from before the 7 days until day 9");
        assertEquals(List.of(new ScorePoint(START, 80), new ScorePoint(START.plus(Duration.ofDays(9)), 60)),
                watch.within(at, Duration.ofDays(10)), "a point exactly at the start is one of the days");
    }
}
