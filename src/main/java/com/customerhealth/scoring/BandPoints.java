package com.customerhealth.scoring;

/**
 * Points a parameter earns for its band; the score is the weighted mean of these points.
 *
 * @param good    points for a good band, 100 by default
 * @param average points for an average band, 50 by default
 * @param poor    points for a poor band, 0 by default
 */
public record BandPoints(int good, int average, int poor) {

    /** Good 100, average 50, poor 0. */
    public static final BandPoints DEFAULT = new BandPoints(100, 50, 0);

    public BandPoints {
        checkRange("points.good", good);
        checkRange("points.average", average);
        checkRange("points.poor", poor);
        if (!(good >= average && average >= poor)) {
            throw new InvalidRulesException("points.average", "pointsOrder", good, average, poor);
        }
    }

    private static void checkRange(String setting, int points) {
        if (points < 0 || points > 100) {
            throw new InvalidRulesException(setting, "range", 0, 100, points);
        }
    }

    /** The points of {@code band}; a band without data earns none and is never asked for. */
    public int of(Band band) {
        return switch (band) {
            case GOOD -> good;
            case AVERAGE -> average;
            case POOR -> poor;
            case NO_DATA -> throw new IllegalArgumentException("A parameter without data earns no points");
        };
    }
}
