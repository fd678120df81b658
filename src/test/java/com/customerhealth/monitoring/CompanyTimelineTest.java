package com.customerhealth.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.Preset;
import com.customerhealth.scoring.RulesSince;
import com.customerhealth.scoring.ScoringRules;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A company's history from its members': by hand, the mean of the members known at each instant. */
class CompanyTimelineTest {

    private static final ScoringRules MEAN = ScoringRules.of(Preset.B2C_SMALL).withCompanyMode(CompanyScoreMode.MEAN);
    private static final List<RulesSince> RULES = List.of(new RulesSince(Instant.MIN, MEAN, null, null, null));
    private static final Instant UNTIL = Instant.parse("2026-12-31T00:00:00Z");

    @Test
    void eachMembersPointMovesTheCompanyToTheMeanOfTheMembersKnownThen() {
        Map<String, List<HistoryPoint>> members = Map.of(
                "alice", List.of(point("2026-11-01T00:00:00Z", 80, "a1"), point("2026-11-10T00:00:00Z", 40, "a2")),
                "bob", List.of(point("2026-11-05T00:00:00Z", 60, "b1")));

        List<HistoryPoint> points = CompanyTimeline.of(members, RULES, null, null, UNTIL);

        assertEquals(List.of("2026-11-01T00:00:00Z 80 a1", "2026-11-05T00:00:00Z 70 b1", "2026-11-10T00:00:00Z 50 a2"),
                points.stream().map(p -> p.at() + " " + p.score() + " " + p.cause().reference()).toList());
        assertEquals(2, points.get(2).tickets());
    }

    @Test
    void goneOnFromItsLastPointAMoveThatLeavesTheScoreAsItWasLeavesNoPoint() {
        Map<String, List<HistoryPoint>> members = Map.of(
                "alice", List.of(point("2026-11-01T00:00:00Z", 80, "a1"), point("2026-11-10T00:00:00Z", 80, "a2")));
        HistoryPoint before = CompanyTimeline.of(members, RULES, null, null, Instant.parse("2026-11-02T00:00:00Z")).get(0);

        List<HistoryPoint> later = CompanyTimeline.of(members, RULES, before.at().plusMillis(1), before, UNTIL);

        assertEquals(List.of(), later);
    }

    private static HistoryPoint point(String at, int score, String event) {
        return new HistoryPoint(Instant.parse(at), score, score >= 70 ? Health.HEALTHY : Health.AVERAGE, 1, Map.of(),
                new ChangeCause("event", event, "cause.opened", "T-1"));
    }
}
