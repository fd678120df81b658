package com.customerhealth.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentilesAreMeasuredValuesByNearestRank() {
        List<Long> hundred = LongStream.rangeClosed(1, 100).map(n -> (101 - n) * 1_000_000).boxed().toList();

        assertEquals(new LatencySummary(100, 50_000_000, 90_000_000, 99_000_000, 100_000_000), LatencySummary.of(hundred));
    }

    @Test
    void aFewValuesPutTheHighPercentilesOnTheSlowest() {
        assertEquals(new LatencySummary(3, 20, 30, 30, 30), LatencySummary.of(List.of(30L, 10L, 20L)));
        assertEquals(new LatencySummary(1, 7, 7, 7, 7), LatencySummary.of(List.of(7L)));
    }

    @Test
    void noValuesSummarizeToZero() {
        assertEquals(new LatencySummary(0, 0, 0, 0, 0), LatencySummary.of(List.of()));
    }

    @Test
    void describedInMilliseconds() {
        assertEquals("p50 1.5 ms, p90 2.0 ms, p99 2.0 ms, max 2.0 ms",
                LatencySummary.of(List.of(1_500_000L, 2_000_000L)).describe());
    }
}
