package com.customerhealth.alerts.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private static final Instant WRITTEN = Instant.parse("2026-12-07T10:00:00Z");

    /** A random source that always answers its lowest or its highest value. */
    private static RandomGenerator always(boolean highest) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long nextLong(long bound) {
                return highest ? bound - 1 : 0;
            }
        };
    }

    @ParameterizedTest(name = "after failure {0} the step is {1} s")
    @CsvSource(textBlock = """
            1, 10
            2, 20
            3, 40
            4, 80
            8, 1280
            9, 2560
            10, 3600
            11, 3600
            60, 3600
            1000, 3600
            """)
    void stepsDoubleUpToTheLongest(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), Backoff.standard().step(failures));
    }

    @Test
    void aWaitIsBetweenHalfItsStepAndItsStep() {
        Backoff backoff = Backoff.standard();
        Instant failed = WRITTEN.plusSeconds(30);
        assertEquals(Optional.of(failed.plusSeconds(5)), backoff.next(WRITTEN, 1, failed, always(false)));
        assertEquals(Optional.of(failed.plusSeconds(10)), backoff.next(WRITTEN, 1, failed, always(true)));
        assertEquals(Optional.of(failed.plusSeconds(1800)), backoff.next(WRITTEN, 12, failed, always(false)));
        assertEquals(Optional.of(failed.plusSeconds(3600)), backoff.next(WRITTEN, 12, failed, always(true)));
    }

    @Test
    void seededWaitsStayWithinTheirBoundsAndAreSpread() {
        Backoff backoff = Backoff.standard();
        Random random = new Random(20261207);
        Set<Instant> seen = new HashSet<>();
        for (int failures = 1; failures <= 12; failures++) {
            long step = backoff.step(failures).toMillis();
            for (int i = 0; i < 200; i++) {
                Instant next = backoff.next(WRITTEN, failures, WRITTEN, random).orElseThrow();
                long wait = Duration.between(WRITTEN, next).toMillis();
                assertTrue(wait >= step / 2 && wait <= step, failures + ": " + wait + " of " + step);
                seen.add(next);
            }
        }
        assertTrue(seen.size() > 1000, "jitter spreads the retries: " + seen.size() + " distinct of 2400");
    }

    @Test
    void aDeliveryIsTriedForItsTimeAndThenGivenUp() {
        Backoff backoff = Backoff.standard();
        Instant end = WRITTEN.plus(Duration.ofHours(24));
        assertEquals(Optional.of(end), backoff.next(WRITTEN, 20, end.minusSeconds(3600), always(true)),
                "a try exactly at the end is still made");
        assertEquals(Optional.empty(), backoff.next(WRITTEN, 20, end.minusSeconds(3599), always(true)),
                "one a millisecond past the end is not");
        assertEquals(Optional.of(end.plusSeconds(0)), backoff.next(WRITTEN, 20, end.minusSeconds(1800), always(false)));
    }

    @Test
    void triedUntilTheEndAFailingDeliveryIsTriedAboutThirtyTimes() {
        Backoff backoff = Backoff.standard();
        Random random = new Random(7);
        Instant at = WRITTEN;
        int failures = 0;
        Optional<Instant> next = Optional.of(at);
        while (next.isPresent()) {
            at = next.get();
            failures++;
            next = backoff.next(WRITTEN, failures, at, random);
        }
        // 10 s … 2560 s add up to 85 min; the remaining 22.6 h are steps of 30 to 60 min.
        assertTrue(failures >= 30 && failures <= 55, "tries in 24 h: " + failures);
        assertTrue(!at.isAfter(WRITTEN.plus(Duration.ofHours(24))), "the last try within the 24 h: " + at);
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofHours(24)));
        assertThrows(IllegalArgumentException.class, () -> Backoff.standard().step(0));
    }
}
