package com.customerhealth.alerts.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a delivery that failed is tried again: exponential backoff with jitter, until it has been tried for
 * {@code giveUpAfter} since it was written, then never. The n-th failure waits {@code first × 2^(n-1)},
 * at most {@code longest}, of which the second half is random: receivers that came back are not hit by
 * every sender at the same instant, and no wait is shorter than half its step.
 *
 * <pre>{@code
 * Backoff backoff = Backoff.standard();                // 10 s, 20 s, 40 s … at most 1 h, for 24 h
 * backoff.next(written, 1, failedAt, random);          // failedAt + 5–10 s
 * backoff.next(written, 9, written.plus(25h), random); // empty: failed for good
 * }</pre>
 *
 * @param first       the step after the first failure
 * @param longest     the longest step
 * @param giveUpAfter how long after it was written a delivery is tried at most
 */
public record Backoff(Duration first, Duration longest, Duration giveUpAfter) {

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || giveUpAfter.isNegative()) {
            throw new IllegalArgumentException("A backoff needs 0 < first <= longest and a time to give up after: "
                    + first + ", " + longest + ", " + giveUpAfter);
        }
    }

    /** 10 s after the first failure, doubling up to an hour, for 24 hours. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));
    }

    /** The step after the {@code failures}-th failure, before jitter: {@code first × 2^(failures-1)}, at most {@code longest}. */
    public Duration step(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("A step follows a failure: " + failures);
        }
        // Doubling past 2^40 of any positive step exceeds every longest step a Duration holds sensibly.
        int doublings = Math.min(failures - 1, 40);
        Duration step = first;
        for (int i = 0; i < doublings && step.compareTo(longest) < 0; i++) {
            step = step.multipliedBy(2);
        }
        return step.compareTo(longest) > 0 ? longest : step;
    }

    /**
     * When to try again a delivery written at {@code writtenAt} that failed for the {@code failures}-th time
     * at {@code failedAt}; empty when it is over, the next try falling beyond {@code giveUpAfter}.
     */
    public Optional<Instant> next(Instant writtenAt, int failures, Instant failedAt, RandomGenerator random) {
        long stepMillis = step(failures).toMillis();
        long half = stepMillis / 2;
        long wait = stepMillis - half + (half == 0 ? 0 : random.nextLong(half + 1));
        Instant next = failedAt.plusMillis(wait);
        return next.isAfter(writtenAt.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
