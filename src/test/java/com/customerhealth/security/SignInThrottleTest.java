package com.customerhealth.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, 3, Duration.ofSeconds(1), Duration.ofMinutes(5), 1000);

    @ParameterizedTest(name = "after {0} failures in a row: wait {1} s")
    @CsvSource({"1, 0", "2, 0", "3, 0", "4, 1", "5, 2", "6, 4", "7, 8", "8, 16", "9, 32", "10, 64", "11, 128",
            "12, 256", "13, 300", "14, 300", "100, 300", "2147483647, 300"})
    void eachFailureBeyondTheFreeOnesDoublesTheWaitUpToTheCeiling(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), throttle.waitAfter(failures));
    }

    @Test
    void aKeyWaitsAfterItsFreeFailuresAndOthersDoNot() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.attempt("ann"), "free attempt " + (i + 1));
        }
        assertEquals(Duration.ZERO, throttle.waitFor("ann"), "free failures cost no wait");

        assertEquals(Duration.ZERO, throttle.attempt("ann"), "the fourth is checked, and makes the next wait");

        assertEquals(Duration.ofSeconds(1), throttle.waitFor("ann"));
        assertEquals(Duration.ofSeconds(1), throttle.attempt("ann"), "refused, unchecked, and not counted");
        assertEquals(Duration.ZERO, throttle.attempt("bob"));
        clock.advance(Duration.ofMillis(400));
        assertEquals(Duration.ofMillis(600), throttle.waitFor("ann"));
        clock.advance(Duration.ofMillis(600));
        assertEquals(Duration.ZERO, throttle.attempt("ann"));
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("ann"), "the fifth failure in a row waits twice as long");
    }

    @Test
    void aSuccessClearsTheKeyAndARetractionTakesBackOneAttempt() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt("ann");
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Duration.ZERO, throttle.waitFor("ann"), "every wait so far has passed");
        throttle.attempt("ann");
        assertTrue(throttle.waitFor("ann").compareTo(Duration.ZERO) > 0);

        throttle.retract("ann");
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("ann"),
                "five attempts in a row left: the wait after the fifth, counted from the last attempt");

        throttle.succeeded("ann");
        assertEquals(Duration.ZERO, throttle.waitFor("ann"));
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.attempt("ann"), "counting starts again");
        }
    }

    @Test
    void attemptsSentAtOnceBeyondTheFreeOnesAreLetThroughOneAtATime() throws Exception {
        for (int i = 0; i < 3; i++) {
            throttle.attempt("ann");
        }
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Duration>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return throttle.attempt("ann");
                }));
            }
            start.countDown();
            int letThrough = 0;
            for (Future<Duration> answer : answers) {
                letThrough += answer.get().isZero() ? 1 : 0;
            }
            assertEquals(1, letThrough, "one attempt checked, the others told to wait");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failuresAreForgottenOnceTheKeyHasBeenQuietForTheCeiling() {
        for (int i = 0; i < 4; i++) {
            throttle.attempt("ann");
        }
        clock.advance(Duration.ofSeconds(1).plus(Duration.ofMinutes(5)).minusMillis(1));
        throttle.attempt("ann");
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("ann"), "not quiet long enough: the fifth failure");

        clock.advance(Duration.ofSeconds(2).plus(Duration.ofMinutes(5)));
        throttle.attempt("ann");
        assertEquals(Duration.ZERO, throttle.waitFor("ann"), "quiet: counted as the first again");
    }

    @Test
    void aFullThrottleGivesUpTheLeastRecentlyUsedKey() {
        SignInThrottle small = new SignInThrottle(clock, 0, Duration.ofSeconds(10), Duration.ofSeconds(10), 2);
        small.attempt("a");
        small.attempt("b");
        small.waitFor("a");

        small.attempt("c");

        assertEquals(Duration.ZERO, small.waitFor("b"), "the least recently used, given up to make room");
        assertEquals(Duration.ofSeconds(10), small.waitFor("a"));
        assertEquals(Duration.ofSeconds(10), small.waitFor("c"));
    }
}
