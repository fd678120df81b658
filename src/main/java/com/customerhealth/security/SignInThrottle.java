package com.customerhealth.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after a few failed sign-ins in a row under one key (a user name, a
 * client address), each further failure makes the key wait twice as long as the one before, up to a
 * ceiling, before its next attempt is even checked. A wait is a refusal answered at once, never a sleep,
 * so a guesser holds no thread and other callers' requests go on as before. A success clears the key;
 * failures are forgotten once a key has been quiet for the ceiling's length.
 *
 * <pre>{@code
 * SignInThrottle users = new SignInThrottle(clock, 5, Duration.ofSeconds(1), Duration.ofMinutes(5), 10_000);
 * users.waitFor("ann");      // Duration.ZERO: go ahead
 * users.failed("ann");       // the sixth failure in a row answers 1 s, the seventh 2 s, ...
 * }</pre>
 */
public final class SignInThrottle {

    private final Clock clock;
    private final int freeFailures;
    private final Duration firstWait;
    private final Duration longestWait;
    private final int maxKeys;
    private final Map<String, Failures> keys = new ConcurrentHashMap<>();

    /** Failures in a row under one key, the last one's time, and until when the key waits. */
    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    /**
     * @param freeFailures failures in a row that cost no wait
     * @param firstWait    the wait after the first failure beyond those
     * @param longestWait  the ceiling of a wait, and how long a quiet key keeps its failures
     * @param maxKeys      the most keys remembered; beyond it, the quiet ones are forgotten first
     */
    public SignInThrottle(Clock clock, int freeFailures, Duration firstWait, Duration longestWait, int maxKeys) {
        if (freeFailures < 0 || firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0
                || maxKeys < 1) {
            throw new IllegalArgumentException("A throttle needs free failures >= 0 and 0 < first wait <= longest wait");
        }
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.maxKeys = maxKeys;
    }

    /** How long {@code key} must still wait before an attempt is checked; zero when it may go ahead. */
    public Duration waitFor(String key) {
        Failures failures = keys.get(key);
        if (failures == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), failures.waitUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a failed attempt under {@code key}; answers the wait it now has (zero while failures are free). */
    public Duration failed(String key) {
        Instant now = clock.instant();
        if (keys.size() >= maxKeys && !keys.containsKey(key)) {
            keys.values().removeIf(failures -> isQuiet(failures, now));
            if (keys.size() >= maxKeys) {
                // Every key is busy: losing the oldest record is better than growing without bound.
                keys.entrySet().stream().min((a, b) -> a.getValue().last().compareTo(b.getValue().last()))
                        .ifPresent(oldest -> keys.remove(oldest.getKey()));
            }
        }
        Failures updated = keys.compute(key, (k, before) -> {
            int count = before == null || isQuiet(before, now) ? 1 : before.count() + 1;
            return new Failures(count, now, now.plus(waitAfter(count)));
        });
        return waitAfter(updated.count());
    }

    /** Clears {@code key}'s failures. */
    public void succeeded(String key) {
        keys.remove(key);
    }

    /** The wait after {@code count} failures in a row. */
    Duration waitAfter(int count) {
        int beyond = count - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // Doubling more than 62 times overflows; long before that the ceiling holds.
        Duration wait = beyond > 40 ? longestWait : firstWait.multipliedBy(1L << Math.min(beyond - 1, 40));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    private boolean isQuiet(Failures failures, Instant now) {
        return !now.isBefore(failures.waitUntil().plus(longestWait));
    }
}
