package com.customerhealth.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatePacingTest {

    /** A clock that moves only when the pacing sleeps, or when the test says so. */
    private static final class Time {
        long nanos = 1_000_000_000L;
        final List<Long> slept = new ArrayList<>();

        void sleep(long millis) {
            slept.add(millis);
            nanos += TimeUnit.MILLISECONDS.toNanos(millis);
        }
    }

    @ParameterizedTest(name = "{0} a minute: request n goes at (n - 1) × {1} ms")
    @CsvSource({"10, 6000", "60, 1000", "600, 100", "6000, 10", "7, 8571"})
    void requestsAreSpacedEvenly(int perMinute, long intervalMillis) throws InterruptedException {
        Time time = new Time();
        RatePacing pacing = new RatePacing(perMinute, () -> time.nanos, time::sleep, () -> false);
        long start = time.nanos;
        for (int n = 1; n <= 5; n++) {
            pacing.beforeRequest();
            long at = TimeUnit.NANOSECONDS.toMillis(time.nanos - start);
            assertTrue(Math.abs(at - (n - 1) * intervalMillis) <= n, "request " + n + " at " + at + " ms");
        }
    }

    @Test
    void theFirstRequestGoesAtOnce() throws InterruptedException {
        Time time = new Time();
        new RatePacing(1, () -> time.nanos, time::sleep, () -> false).beforeRequest();
        assertEquals(List.of(), time.slept);
    }

    @Test
    void aLongPauseEarnsNoBurst() throws InterruptedException {
        Time time = new Time();
        RatePacing pacing = new RatePacing(60, () -> time.nanos, time::sleep, () -> false);
        pacing.beforeRequest();
        time.nanos += TimeUnit.SECONDS.toNanos(30);
        pacing.beforeRequest();
        assertEquals(List.of(), time.slept, "after a pause the next request goes at once");
        long before = time.nanos;
        pacing.beforeRequest();
        assertEquals(1000, TimeUnit.NANOSECONDS.toMillis(time.nanos - before), "but the one after it waits a full second");
    }

    @Test
    void waitsInSlicesAndStopsWhenAsked() {
        Time time = new Time();
        AtomicBoolean stopped = new AtomicBoolean();
        RatePacing pacing = new RatePacing(1, () -> time.nanos, millis -> {
            time.sleep(millis);
            if (time.slept.size() == 3) {
                stopped.set(true);
            }
        }, stopped::get);
        assertThrows(InterruptedException.class, () -> {
            pacing.beforeRequest();
            pacing.beforeRequest();
        });
        assertEquals(3, time.slept.size(), "the wait of a minute ends at the first look after the stop");
        assertTrue(time.slept.stream().allMatch(millis -> millis <= TimeUnit.NANOSECONDS.toMillis(RatePacing.SLICE_NANOS)));
        assertTrue(!Thread.currentThread().isInterrupted(), "nothing interrupted the thread");
    }

    @Test
    void aStoppedPacingLetsNoRequestGo() {
        Time time = new Time();
        assertThrows(InterruptedException.class, () -> new RatePacing(60, () -> time.nanos, time::sleep, () -> true)
                .beforeRequest());
    }

    @Test
    void aRateBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RatePacing(0, System::nanoTime, Thread::sleep, () -> false));
    }
}
