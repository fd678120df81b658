package com.customerhealth.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.customerhealth.bench.AlertTimelines.Moment;
import com.customerhealth.bench.AlertTimelines.Sources;
import com.customerhealth.bench.AlertTimelines.Taken;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertTimelinesTest {

    private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");

    private static Instant at(long millis) {
        return T.plusMillis(millis);
    }

    private static Taken raised(String alert, String event, long raisedMillis, long arrivedMillis) {
        return new Taken(alert + "/raised", alert, "event", event, at(raisedMillis), at(arrivedMillis));
    }

    @Test
    void eachAlertIsMeasuredFromItsCauseEventsMoments() {
        List<Taken> taken = List.of(raised("a1", "row-2", 30, 100), raised("a2", "row-3", 1_030, 1_300),
                raised("a3", "row-2", 40, 150));
        Sources sources = new Sources(Map.of("row-2", at(0), "row-3", at(1_000)),
                Map.of("row-2", at(10), "row-3", at(1_010)), Map.of("row-2", at(60), "row-3", at(1_060)),
                Map.of("a1", at(70), "a3", at(80)));

        AlertTimelines timelines = AlertTimelines.of(taken, sources, T, at(10_000));

        assertEquals(3, timelines.alerts());
        assertEquals(new LatencySummary(3, 140_000_000, 290_000_000, 290_000_000, 290_000_000),
                timelines.between(Moment.RECEIVED, Moment.ARRIVED), "90, 140 and 290 ms");
        assertEquals(new LatencySummary(3, 150_000_000, 300_000_000, 300_000_000, 300_000_000),
                timelines.between(Moment.SENT, Moment.ARRIVED));
        assertEquals(new LatencySummary(3, 90_000_000, 240_000_000, 240_000_000, 240_000_000),
                timelines.between(Moment.ANSWERED, Moment.ARRIVED));
        assertEquals(new LatencySummary(2, 30_000_000, 70_000_000, 70_000_000, 70_000_000),
                timelines.between(Moment.ATTEMPTED, Moment.ARRIVED), "a2's attempt is not known: left out");
    }

    @Test
    void eachAlertsMomentsAreWrittenInMicrosecondsTheUnknownLeftEmpty() {
        List<Taken> taken = List.of(raised("a1", "row-2", 30, 100));
        Sources sources = new Sources(Map.of(), Map.of("row-2", at(10)), Map.of("row-2", at(60)), Map.of());

        List<String> lines = AlertTimelines.of(taken, sources, T, at(1_000)).csv();

        long t = T.getEpochSecond() * 1_000_000;
        assertEquals(List.of("alert,sent_us,received_us,raised_us,answered_us,attempted_us,arrived_us",
                "a1,," + (t + 10_000) + "," + (t + 30_000) + "," + (t + 60_000) + ",," + (t + 100_000)), lines);
    }

    @Test
    void alertsOutsideTheWindowAreLeftOutAndARepeatedMessageCountsOnce() {
        List<Taken> taken = List.of(raised("early", "row-1", -1, 50), raised("a1", "row-2", 30, 100),
                raised("a1", "row-2", 30, 900), raised("late", "row-3", 5_000, 5_100));
        Sources sources = new Sources(Map.of(), Map.of("row-1", at(-5), "row-2", at(10), "row-3", at(4_990)),
                Map.of(), Map.of());

        AlertTimelines timelines = AlertTimelines.of(taken, sources, T, at(5_000));

        assertEquals(1, timelines.alerts());
        assertEquals(1, timelines.repeated());
        assertEquals(new LatencySummary(1, 90_000_000, 90_000_000, 90_000_000, 90_000_000),
                timelines.between(Moment.RECEIVED, Moment.ARRIVED), "measured at its first arrival");
        assertEquals(0, timelines.between(Moment.SENT, Moment.ARRIVED).count(), "no moment sent is known");
    }

    @Test
    void alertsCausedByNoEventOrByOneTheJournalLacksAreCountedApart() {
        List<Taken> taken = List.of(new Taken("t/raised", "t", "time", null, at(10), at(20)),
                raised("a1", "row-9", 10, 30), raised("a2", "row-2", 10, 40));
        Sources sources = new Sources(Map.of(), Map.of("row-2", at(0)), Map.of(), Map.of());

        AlertTimelines timelines = AlertTimelines.of(taken, sources, T, at(100));

        assertEquals(1, timelines.alerts());
        assertEquals(1, timelines.withoutEvent());
        assertEquals(1, timelines.notJournaled());
    }
}
