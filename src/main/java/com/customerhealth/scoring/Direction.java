package com.customerhealth.scoring;

/** Which way a parameter's value is better: it decides how its two thresholds are read. */
public enum Direction {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    /**
     * Whether the two thresholds are in the order this direction needs: for lower is better the
     * good/average threshold may not exceed the average/poor one, for higher is better the reverse.
     */
    public boolean isInOrder(double goodAverage, double averagePoor) {
        return this == LOWER_IS_BETTER ? goodAverage <= averagePoor : goodAverage >= averagePoor;
    }

    /** The band of {@code value} between the two thresholds, compared exactly. */
    Band band(Fraction value, Fraction goodAverage, Fraction averagePoor) {
        if (this == LOWER_IS_BETTER) {
            if (value.isAtMost(goodAverage)) {
                return Band.GOOD;
            }
            return value.compareTo(averagePoor) > 0 ? Band.POOR : Band.AVERAGE;
        }
        if (value.isAtLeast(goodAverage)) {
            return Band.GOOD;
        }
        return value.compareTo(averagePoor) < 0 ? Band.POOR : Band.AVERAGE;
    }
}
