package com.customerhealth.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A history read back: its day ends and its moves over 7 and 30 days, against a clock set by hand. */
class DailyPointsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyDayInTheRangeEndsWithTheLastValueBeforeItsEndAndTheDayNotOverYetHasNone() {
        List<HistoryPoint> points = List.of(
                point("2026-11-20T08:00:00Z", 80),
                point("2026-11-22T10:00:00Z", 60),
                point("2026-11-22T18:00:00Z", 40));

        List<HistoryPoint> chart = DailyPoints.withDayEnds(points, Instant.parse("2026-11-21T00:00:00Z"), CLOCK.instant());

        List<String> shown = chart.stream().map(p -> p.at() + " " + p.score() + " " + p.cause().kind()).toList();
        // 21st: carried from the 20th. 22nd: both changes, then the day ends at 40. Then 40 every day up
        // to the 30th; the 1st of December is not over at 15:00.
        assertEquals("2026-11-21T23:59:59.999Z 80 day", shown.get(0));
        assertEquals("2026-11-22T10:00:00Z 60 event", shown.get(1));
        assertEquals("2026-11-22T18:00:00Z 40 event", shown.get(2));
        assertEquals("2026-11-22T23:59:59.999Z 40 day", shown.get(3));
        assertEquals("2026-11-30T23:59:59.999Z 40 day", shown.get(shown.size() - 1));
        assertEquals(3 + 9, shown.size());
    }

    @Test
    void aRangeBeforeTheFirstPointHasNoDayEnds() {
        List<HistoryPoint> points = List.of(point("2026-11-25T08:00:00Z", 80));

        List<HistoryPoint> chart = DailyPoints.withDayEnds(points, Instant.parse("2026-11-20T00:00:00Z"),
                Instant.parse("2026-11-25T12:00:00Z"));

        assertEquals(List.of(points.get(0)), chart);
    }

    @Test
    void deltasAreTheScoreNowMinusTheScoreInForceThatManyDaysBefore() {
        List<HistoryPoint> points = List.of(
                point("2026-10-01T00:00:00Z", 90),
                point("2026-11-01T15:00:00Z", 70),
                point("2026-11-24T15:00:00.001Z", 50));

        // Seven days before now is 2026-11-24T15:00:00Z: the point a millisecond later is not yet in force.
        assertEquals(-40, DailyPoints.delta(30, points, CLOCK.instant(), 7));
        // Thirty days before is 2026-11-01T15:00:00Z exactly: that point is in force.
        assertEquals(-40, DailyPoints.delta(30, points, CLOCK.instant(), 30));
        assertEquals(-60, DailyPoints.delta(30, points, CLOCK.instant(), 60));
    }

    @Test
    void noDataOnEitherSideOrNoHistoryThenHasNoDelta() {
        List<HistoryPoint> points = List.of(point("2026-11-20T00:00:00Z", null));

        assertNull(DailyPoints.delta(30, points, CLOCK.instant(), 7));
        assertNull(DailyPoints.delta(null, List.of(point("2026-11-20T00:00:00Z", 50)), CLOCK.instant(), 7));
        assertNull(DailyPoints.delta(30, points, CLOCK.instant(), 30));
    }

    private static HistoryPoint point(String at, Integer score) {
        return new HistoryPoint(Instant.parse(at), score, score == null ? Health.NO_DATA : Health.HEALTHY, 1, Map.of(),
                new ChangeCause("event", at, "cause.opened", "T-1"));
    }
}
