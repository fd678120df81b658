package com.customerhealth.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition rather than for a time: a test goes on the moment what it waits for is there,
 * and fails saying what it waited for when it is not there by the deadline.
 *
 * <pre>
 * Await.until("the receiver took both messages", () -&gt; receiver.takenIds().size() == 2, Duration.ofSeconds(30));
 * </pre>
 */
public final class Await {

    private static final long LOOK_EVERY_MILLIS = 50;

    private Await() {
    }

    /** Waits until {@code condition} holds, at most {@code atMost}; fails naming {@code what} otherwise. */
    public static void until(String what, BooleanSupplier condition, Duration atMost) {
        until(what, condition, atMost, () -> "");
    }

    /** As {@link #until(String, BooleanSupplier, Duration)}, the failure also telling what {@code seen} says. */
    public static void until(String what, BooleanSupplier condition, Duration atMost, Supplier<String> seen) {
        if (!holds(condition, atMost)) {
            throw new AssertionError("Waited " + atMost.toSeconds() + " s for " + what + "; " + seen.get());
        }
    }

    /** Waits until {@code condition} holds, at most {@code atMost}; answers whether it did. */
    public static boolean holds(BooleanSupplier condition, Duration atMost) {
        Instant end = Instant.now().plus(atMost);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                return false;
            }
            try {
                Thread.sleep(LOOK_EVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
