package com.customerhealth.bench;

import java.util.Collection;
import java.util.Locale;

/**
 * How fast a backlog of deliveries was drained, from the moments its receivers answered 2xx
 * ({@link System#nanoTime()}): the deliveries after the first, over the time from the first to the last. The
 * first one's own time (and the wait for the held-back subscription's next try before it) is not counted, so
 * the rate is that of the senders at work.
 *
 * @param deliveries how many were taken
 * @param spanNanos  from the first to the last
 */
record DrainRate(int deliveries, long spanNanos) {

    static DrainRate of(Collection<Long> takenNanos) {
        long first = takenNanos.stream().mapToLong(Long::longValue).min().orElse(0);
        long last = takenNanos.stream().mapToLong(Long::longValue).max().orElse(0);
        return new DrainRate(takenNanos.size(), last - first);
    }

    /** Deliveries per second; zero with fewer than two. */
    double perSecond() {
        return deliveries < 2 || spanNanos == 0 ? 0 : (deliveries - 1) / (spanNanos / 1e9);
    }

    String describe() {
        return String.format(Locale.ROOT, "%,d deliveries in %.2f s from the first to the last: %,.0f deliveries/s",
                deliveries, spanNanos / 1e9, perSecond());
    }
}
