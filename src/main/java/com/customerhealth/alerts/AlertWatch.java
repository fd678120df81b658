package com.customerhealth.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the alerts remember of one subject's score: its scores of the last days, each with the instant it
 * was reached, as lines of epoch milliseconds and score. A score drop is measured from the highest of them;
 * the alerts keep this themselves, in the transaction of each move, rather than ask another feature.
 */
@Entity
@Table(name = "alert_watch")
@IdClass(AlertWatchKey.class)
public class AlertWatch {

    /** The longest a score drop may look back, and so what is remembered. */
    static final Duration KEPT = Duration.ofDays(ScoreDropRule.MAX_DAYS);

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "subject_type", length = 16)
    private String subjectType;

    @Id
    @Column(name = "subject_id", length = 128)
    private String subjectId;

    @Lob
    @Column(name = "recent_scores", nullable = false)
    private String recentScores;

    protected AlertWatch() {
    }

    AlertWatch(String tenantId, SubjectType type, String subjectId) {
        this.tenantId = tenantId;
        this.subjectType = type.key();
        this.subjectId = subjectId;
        this.recentScores = "";
    }

    public String subjectId() {
        return subjectId;
    }

    /** The scores remembered, oldest first. */
    List<ScorePoint> recent() {
        List<ScorePoint> points = new ArrayList<>();
        for (String line : recentScores.split("\n")) {
            if (!line.isEmpty()) {
                int space = line.indexOf(' ');
                points.add(new ScorePoint(Instant.ofEpochMilli(Long.parseLong(line.substring(0, space))),
                        Integer.parseInt(line.substring(space + 1))));
            }
        }
        return points;
    }

    /**
     * The scores a drop up to {@code at} over {@code days} is measured from: those reached within them, and
     * the one that stood when they began, as of their beginning.
     */
    List<ScorePoint> within(Instant at, Duration days) {
        Instant start = at.minus(days);
        List<ScorePoint> points = new ArrayList<>();
        ScorePoint standing = null;
        for (ScorePoint point : recent()) {
            if (point.at().isBefore(start)) {
                standing = point;
            } else {
                points.add(point);
            }
        }
        if (standing != null) {
            points.add(0, new ScorePoint(start, standing.score()));
        }
        return points;
    }

    /**
     * Remembers {@code score} reached at {@code at} (none for no data) and forgets what is older than
     * {@link #KEPT} before it, but the last score before that: it stood until the next. A score followed by
     * one as high or higher is forgotten too, since no drop can be measured from it that the later one does
     * not give: what is kept falls from oldest to newest, at most 101 scores.
     */
    void record(Instant at, Integer score) {
        List<ScorePoint> points = new ArrayList<>(recent());
        if (score != null) {
            while (!points.isEmpty() && points.get(points.size() - 1).score() <= score) {
                points.remove(points.size() - 1);
            }
            points.add(new ScorePoint(at, score));
        }
        Instant horizon = at.minus(KEPT);
        int first = 0;
        while (first + 1 < points.size() && !points.get(first + 1).at().isAfter(horizon)) {
            first++;
        }
        StringBuilder text = new StringBuilder();
        for (ScorePoint point : points.subList(first, points.size())) {
            text.append(point.at().toEpochMilli()).append(' ').append(point.score()).append('\n');
        }
        recentScores = text.toString();
    }
}
