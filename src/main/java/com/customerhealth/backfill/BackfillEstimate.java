package com.customerhealth.backfill;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How fast a backfill goes and when it will be through, from what it read in the time it spent reading
 * (not waiting for the helpdesk): the rest of the tickets at the rate so far.
 *
 * <pre>{@code
 * BackfillEstimate.of(250, 1000L, 300, Duration.ofSeconds(50)).remaining();   // 150 s
 * }</pre>
 *
 * @param ticketsRead      tickets read so far
 * @param ticketsTotal     tickets the helpdesk holds, {@code null} when it does not tell
 * @param eventsRead       events read so far
 * @param running          time spent reading
 */
public record BackfillEstimate(long ticketsRead, Long ticketsTotal, long eventsRead, Duration running) {

    public static BackfillEstimate of(long ticketsRead, Long ticketsTotal, long eventsRead, Duration running) {
        return new BackfillEstimate(ticketsRead, ticketsTotal, eventsRead, running);
    }

    /** Tickets a second so far; empty before any time was spent. */
    public Optional<Double> ticketsPerSecond() {
        return perSecond(ticketsRead);
    }

    /** Events a second so far; empty before any time was spent. */
    public Optional<Double> eventsPerSecond() {
        return perSecond(eventsRead);
    }

    /** Whole percent of the tickets read, at most 100; empty when the total is unknown. */
    public Optional<Integer> percent() {
        if (ticketsTotal == null) {
            return Optional.empty();
        }
        if (ticketsTotal <= 0) {
            return Optional.of(100);
        }
        return Optional.of((int) Math.min(100, ticketsRead * 100 / ticketsTotal));
    }

    /** How long the rest takes at the rate so far; empty while the total or the rate is unknown. */
    public Optional<Duration> remaining() {
        if (ticketsTotal == null || ticketsRead <= 0 || running.isZero() || running.isNegative()) {
            return Optional.empty();
        }
        long left = Math.max(0, ticketsTotal - ticketsRead);
        // Millisecond arithmetic in long: a million tickets at an hour each stays far below its limit.
        return Optional.of(Duration.ofMillis(Math.multiplyExact(left, running.toMillis()) / ticketsRead));
    }

    /** When the rest is through if it starts at {@code now}. */
    public Optional<Instant> endsAt(Instant now) {
        return remaining().map(now::plus);
    }

    private Optional<Double> perSecond(long count) {
        if (running.isZero() || running.isNegative()) {
            return Optional.empty();
        }
        return Optional.of(count * 1000.0 / running.toMillis());
    }
}
