package com.customerhealth.monitoring;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.CompanyScore;
import com.customerhealth.scoring.MemberScore;
import com.customerhealth.scoring.RulesSince;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A company's score over time, from its members' histories: at every instant a member's point or a new
 * set of rules begins, the members' scores then, combined by the rules in force then. A member counts
 * from its first point on.
 *
 * <pre>{@code
 * List<HistoryPoint> points = CompanyTimeline.of(memberPoints, rulesOverTime, null, null, now);
 * }</pre>
 */
public final class CompanyTimeline {

    private CompanyTimeline() {
    }

    /**
     * The points of a company's history from {@code from} to {@code until}, both included, one wherever its
     * score or band differs from the point before (the first from {@code before}).
     *
     * @param members each member's points, oldest first: those from {@code from} on and the last before it
     * @param rules   the tenant's rules over time, oldest first, beginning with the configured ones
     * @param from    the first instant to score; {@code null}: from the first member's first point
     * @param before  the company's point in force just before {@code from}, or {@code null}
     * @param until   the last instant to score, usually now
     */
    public static List<HistoryPoint> of(Map<String, List<HistoryPoint>> members, List<RulesSince> rules, Instant from,
                                        HistoryPoint before, Instant until) {
        TreeMap<Instant, List<Starting>> starts = new TreeMap<>();
        members.forEach((member, points) -> points.forEach(point -> starts
                .computeIfAbsent(point.at(), at -> new ArrayList<>()).add(new Starting(member, point))));
        TreeSet<Instant> instants = new TreeSet<>(starts.keySet());
        rules.stream().map(RulesSince::since).filter(since -> since != Instant.MIN).forEach(instants::add);
        if (from != null) {
            instants.add(from);
        }
        TreeMap<String, HistoryPoint> current = new TreeMap<>();
        List<HistoryPoint> points = new ArrayList<>();
        HistoryPoint previous = before;
        for (Instant t : instants) {
            if (t.isAfter(until)) {
                break;
            }
            ChangeCause cause = null;
            List<Starting> starting = new ArrayList<>(starts.getOrDefault(t, List.of()));
            starting.sort(Comparator.comparing(Starting::member));
            for (Starting start : starting) {
                current.put(start.member(), start.point());
                if (cause == null) {
                    cause = start.point().cause();
                }
            }
            if (from != null && t.isBefore(from) || current.isEmpty()) {
                continue;
            }
            RulesSince inForce = RulesSince.at(rules, t);
            if (starting.isEmpty() && inForce.since().equals(t)) {
                cause = inForce.cause();
            }
            if (cause == null) {
                cause = ChangeCause.timePassed();
            }
            List<MemberScore> scores = new ArrayList<>();
            current.forEach((member, point) -> scores.add(new MemberScore(member, point.score(), point.tickets())));
            CompanyScore scored = inForce.rules().companyScore(scores);
            HistoryPoint point = new HistoryPoint(t, scored.value(), scored.health(), scores.size(), Map.of(), cause);
            if (!point.sameAs(previous)) {
                points.add(point);
                previous = point;
            }
        }
        return points;
    }

    private record Starting(String member, HistoryPoint point) {
    }
}
