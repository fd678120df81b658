package com.customerhealth.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
            assertEquals(Duration.ZERO, throttle.failed("ann"));
        }
        assertEquals(Duration.ZERO, throttle.waitFor("ann"), "free failures cost no wait");

        assertEquals(Duration.ofSeconds(1), throttle.failed("ann"));

        assertEquals(Duration.ofSeconds(1), throttle.waitFor("ann"));
        assertEquals(Duration.ZERO, throttle.waitFor("bob"));
        clock.advance(Duration.ofMillis(400));
        assertEquals(Duration.ofMillis(600), throttle.waitFor("ann"));
        clock.advance(Duration.ofMillis(600));
        assertEquals(Duration.ZERO, throttle.waitFor("ann"));
    }

    @Test
    void aSuccessClearsTheKey() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ann");
        }
        assertTrue(throttle.waitFor("ann").compareTo(Duration.ZERO) > 0);

        throttle.succeeded("ann");

        assertEquals(Duration.ZERO, throttle.waitFor("ann"));
        assertEquals(Duration.ZERO, throttle.failed("ann"), "counting starts again");
    }

    @Test
    void failuresAreForgottenOnceTheKeyHasBeenQuietForTheCeiling() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ann");
        }
        clock.advance(Duration.ofSeconds(1).plus(Duration.ofMinutes(5)).minusMillis(1));
        assertEquals(Duration.ofSeconds(2), throttle.failed("ann"), "not quiet long enough: the fifth failure");

        clock.advance(Duration.ofSeconds(2).plus(Duration.ofMinutes(5)));
        assertEquals(Duration.ZERO, throttle.failed("ann"), "quiet: counted as the first again");
    }

    @Test
    void aFullThrottleForgetsQuietKeysFirstThenTheOldest() {
        SignInThrottle small = new SignInThrottle(clock, 0, Duration.ofSeconds(1), Duration.ofSeconds(1), 2);
        small.failed("a");
        clock.advance(Duration.ofSeconds(10));
        small.failed("b");
        small.failed("c");
        assertEquals(Duration.ZERO, small.waitFor("a"), "quiet, forgotten");
        assertEquals(Duration.ofSeconds(1), small.waitFor("c"));

        small.failed("d");

        assertEquals(Duration.ZERO, small.waitFor("b"), "the oldest, forgotten to make room");
        assertEquals(Duration.ofSeconds(1), small.waitFor("d"));
    }
}
