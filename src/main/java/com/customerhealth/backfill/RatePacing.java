package com.customerhealth.backfill;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Spaces requests evenly at so many a minute: each request waits until a minute's share has passed since
 * the one before. Waits in short slices and gives up with {@link InterruptedException} as soon as
 * {@code stopped} says so, rather than being interrupted: an interrupt reaching a thread that writes to the
 * database may break its connection.
 *
 * <pre>{@code
 * RatePacing pacing = new RatePacing(10, System::nanoTime, Thread::sleep, () -> stopping);
 * pacing.beforeRequest();   // at once
 * pacing.beforeRequest();   // 6 s later
 * }</pre>
 */
public final class RatePacing implements RequestPacing {

    /** The longest single wait between two looks at {@code stopped}. */
    static final long SLICE_NANOS = Duration.ofMillis(200).toNanos();

    /** Sleeps, as {@link Thread#sleep(long)}. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final BooleanSupplier stopped;
    private long next;
    private boolean first = true;

    /**
     * @param requestsPerMinute how many requests a minute, at least 1
     * @param nanoTime          the monotonic clock, as {@link System#nanoTime()}
     * @param sleeper           how to wait
     * @param stopped           whether to give up waiting
     */
    public RatePacing(int requestsPerMinute, LongSupplier nanoTime, Sleeper sleeper, BooleanSupplier stopped) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests per minute " + requestsPerMinute);
        }
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / requestsPerMinute;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.stopped = stopped;
    }

    @Override
    public synchronized void beforeRequest() throws InterruptedException {
        long now = nanoTime.getAsLong();
        if (first) {
            first = false;
            next = now;
        }
        while (now - next < 0) {
            if (stopped.getAsBoolean()) {
                throw new InterruptedException("stopping");
            }
            long wait = Math.min(next - now, SLICE_NANOS);
            sleeper.sleep(Math.max(1, wait / 1_000_000));
            now = nanoTime.getAsLong();
        }
        if (stopped.getAsBoolean()) {
            throw new InterruptedException("stopping");
        }
        // A request after a long pause earns no burst: the next one goes an interval after this one.
        next = Math.max(next, now) + intervalNanos;
    }
}
