package com.customerhealth.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password guessing: after a few failed sign-ins in a row under one key (a user name from one
 * address, an address, a user name from anywhere), each further attempt makes the key wait twice as long
 * as the one before, up to a ceiling, before its next attempt is even checked. A wait is a refusal
 * answered at once, never a sleep, so a guesser holds no thread and other callers' requests go on as
 * before.
 *
 * <p>An attempt is counted when it starts ({@link #attempt}), in one step with the check that it may
 * start, so many attempts sent at once cannot all slip through before the first has failed; one that
 * then succeeds takes its count back ({@link #succeeded}, {@link #retract}). Failures are forgotten once a
 * key has been quiet for the ceiling's length. At most {@code maxKeys} keys are kept, the least recently
 * used given up first.
 *
 * <pre>{@code
 * SignInThrottle users = new SignInThrottle(clock, 5, Duration.ofSeconds(1), Duration.ofMinutes(5), 10_000);
 * Duration wait = users.attempt("ann");    // ZERO: go ahead (counted as a failure until it succeeds)
 * users.succeeded("ann");                 // right: the key starts again
 * }</pre>
 */
public final class SignInThrottle {

    private final Clock clock;
    private final int freeFailures;
    private final Duration firstWait;
    private final Duration longestWait;
    private final Map<String, Failures> keys;

    /** Attempts in a row under one key that did not succeed, the last one's time, and until when the key waits. */
    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    /**
     * @param freeFailures failures in a row that cost no wait
     * @param firstWait    the wait after the first failure beyond those
     * @param longestWait  the ceiling of a wait, and how long a quiet key keeps its failures
     * @param maxKeys      the most keys remembered
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
        this.keys = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * Starts an attempt under {@code key}: answers how long the key must still wait, refusing the attempt,
     * or zero, counting it as a failure until it {@link #succeeded} or is {@link #retract retracted}.
     */
    public synchronized Duration attempt(String key) {
        Instant now = clock.instant();
        Failures before = keys.get(key);
        if (before != null && !isQuiet(before, now) && now.isBefore(before.waitUntil())) {
            return Duration.between(now, before.waitUntil());
        }
        int count = before == null || isQuiet(before, now) ? 1 : before.count() + 1;
        keys.put(key, new Failures(count, now, now.plus(waitAfter(count))));
        return Duration.ZERO;
    }

    /** How long {@code key} must still wait before an attempt is checked; zero when it may go ahead. */
    public synchronized Duration waitFor(String key) {
        Failures failures = keys.get(key);
        Instant now = clock.instant();
        return failures == null || !now.isBefore(failures.waitUntil()) ? Duration.ZERO
                : Duration.between(now, failures.waitUntil());
    }

    /** The attempt under {@code key} succeeded: the key starts again. */
    public synchronized void succeeded(String key) {
        keys.remove(key);
    }

    /** The attempt under {@code key} succeeded, but the key keeps its other failures: one fewer is counted. */
    public synchronized void retract(String key) {
        Failures failures = keys.get(key);
        if (failures != null) {
            int count = failures.count() - 1;
            if (count <= 0) {
                keys.remove(key);
            } else {
                keys.put(key, new Failures(count, failures.last(), failures.last().plus(waitAfter(count))));
            }
        }
    }

    /** The wait after {@code count} failures in a row. */
    Duration waitAfter(int count) {
        int beyond = count - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // Doubling more than 62 times overflows; long before that the ceiling holds.
        Duration wait = beyond > 40 ? longestWait : firstWait.multipliedBy(1L << (beyond - 1));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    private boolean isQuiet(Failures failures, Instant now) {
        return !now.isBefore(failures.waitUntil().plus(longestWait));
    }
}
