package com.customerhealth.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic of a history read back: its value at an instant (the last point up to it), one point at
 * the end of every UTC day so a chart has no gaps, and how far a score moved over a number of days.
 *
 * <pre>{@code
 * List<HistoryPoint> chart = DailyPoints.withDayEnds(points, from, to);
 * Integer delta7 = DailyPoints.delta(scoreNow, points, now, 7);
 * }</pre>
 */
public final class DailyPoints {

    private DailyPoints() {
    }

    /** The last instant of UTC day {@code day}: its value is the day's. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
    }

    /** The point in force at {@code at} of {@code points}, oldest first: the last one up to it. */
    public static Optional<HistoryPoint> at(List<HistoryPoint> points, Instant at) {
        HistoryPoint found = null;
        for (HistoryPoint point : points) {
            if (point.at().isAfter(at)) {
                break;
            }
            found = point;
        }
        return Optional.ofNullable(found);
    }

    /**
     * {@code points} (oldest first, with the last one before {@code from} if there is one) from {@code from}
     * to {@code to}, with a point of kind {@code day} at the end of every UTC day in the range that has a
     * value by then, carrying the day's last value; the day that ends after {@code to} has none.
     */
    public static List<HistoryPoint> withDayEnds(List<HistoryPoint> points, Instant from, Instant to) {
        List<HistoryPoint> chart = new ArrayList<>();
        HistoryPoint inForce = null;
        int next = 0;
        for (LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC); !endOf(day).isAfter(to); day = day.plusDays(1)) {
            Instant end = endOf(day);
            while (next < points.size() && !points.get(next).at().isAfter(end)) {
                HistoryPoint point = points.get(next++);
                inForce = point;
                if (!point.at().isBefore(from)) {
                    chart.add(point);
                }
            }
            if (inForce != null && !end.isBefore(from)) {
                chart.add(inForce.movedTo(end, HistoryPoint.DAY));
            }
        }
        while (next < points.size() && !points.get(next).at().isAfter(to)) {
            HistoryPoint point = points.get(next++);
            if (!point.at().isBefore(from)) {
                chart.add(point);
            }
        }
        return chart;
    }

    /**
     * {@code scoreNow} minus the score {@code days} days before {@code now} by {@code points} (oldest first);
     * {@code null} when either has no score or there was no point then.
     */
    public static Integer delta(Integer scoreNow, List<HistoryPoint> points, Instant now, int days) {
        Integer then = at(points, now.minus(Duration.ofDays(days))).map(HistoryPoint::score).orElse(null);
        return difference(scoreNow, then);
    }

    /** {@code now} minus {@code then}, or {@code null} when either is. */
    public static Integer difference(Integer now, Integer then) {
        return now == null || then == null ? null : now - then;
    }
}
