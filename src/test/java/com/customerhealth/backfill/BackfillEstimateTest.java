package com.customerhealth.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackfillEstimateTest {

    @ParameterizedTest(name = "{0} of {1} tickets in {2} s: {3} % done, {4} s left")
    @CsvSource(nullValues = "-", value = {
            "250, 1000, 50, 25, 150",
            "1, 3, 10, 33, 20",
            "1000, 1000, 80, 100, 0",
            "1200, 1000, 80, 100, 0",
            "0, 1000, 5, 0, -",
            "10, 0, 5, 100, 0",
            "10, -, 5, -, -",
    })
    void percentAndRemaining(long read, Long total, long seconds, Integer percent, Long left) {
        BackfillEstimate estimate = BackfillEstimate.of(read, total, 0, Duration.ofSeconds(seconds));
        assertEquals(Optional.ofNullable(percent), estimate.percent());
        assertEquals(Optional.ofNullable(left).map(Duration::ofSeconds), estimate.remaining());
    }

    @Test
    void ratesCountTheTimeSpentReading() {
        BackfillEstimate estimate = BackfillEstimate.of(300, null, 4500, Duration.ofSeconds(60));
        assertEquals(Optional.of(5.0), estimate.ticketsPerSecond());
        assertEquals(Optional.of(75.0), estimate.eventsPerSecond());
    }

    @Test
    void nothingIsEstimatedBeforeAnyTimeWasSpent() {
        BackfillEstimate estimate = BackfillEstimate.of(0, 10L, 0, Duration.ZERO);
        assertEquals(Optional.empty(), estimate.ticketsPerSecond());
        assertEquals(Optional.empty(), estimate.remaining());
        assertEquals(Optional.of(0), estimate.percent());
    }

    @Test
    void endsAtIsNowPlusWhatRemains() {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        assertEquals(Optional.of(Instant.parse("2026-12-07T10:02:30Z")),
                BackfillEstimate.of(250, 1000L, 0, Duration.ofSeconds(50)).endsAt(now));
    }
}
