package com.customerhealth.alerts;

import java.util.ArrayList;
import java.util.List;

/**
 * When a fall of the score is an alert: the score is at least {@link #points()} below its highest within
 * the last {@link #days()} days.
 *
 * @param on     whether score drops alert at all
 * @param points N, the fall that alerts, 1 to 100
 * @param days   D, how far back the highest score is looked for, 1 to 90 days
 */
public record ScoreDropRule(boolean on, int points, int days) {

    public static final int DEFAULT_POINTS = 30;
    public static final int DEFAULT_DAYS = 7;
    /** The longest D: how far back a subject's scores are remembered for a drop. */
    public static final int MAX_DAYS = 90;

    /** On, 30 points within 7 days. */
    public static ScoreDropRule defaults() {
        return new ScoreDropRule(true, DEFAULT_POINTS, DEFAULT_DAYS);
    }

    /** Whether falling from {@code highest} to {@code score} is a drop: by {@link #points()} or more. */
    public boolean isDrop(int highest, int score) {
        return highest - score >= points;
    }

    /** What is wrong with these numbers, in the settings' order; empty when they can be applied. */
    public List<SettingProblem> problems() {
        List<SettingProblem> problems = new ArrayList<>();
        if (points < 1 || points > 100) {
            problems.add(SettingProblem.of("scoreDrop.points", "range", 1, 100, points));
        }
        if (days < 1 || days > MAX_DAYS) {
            problems.add(SettingProblem.of("scoreDrop.days", "range", 1, MAX_DAYS, days));
        }
        return problems;
    }

    public ScoreDropRule withOn(boolean newOn) {
        return new ScoreDropRule(newOn, points, days);
    }

    public ScoreDropRule withPoints(int newPoints) {
        return new ScoreDropRule(on, newPoints, days);
    }

    public ScoreDropRule withDays(int newDays) {
        return new ScoreDropRule(on, points, newDays);
    }
}
