package com.customerhealth.scoring;

/** Which way a parameter's value is better: it decides how its two thresholds are read. */
public enum Direction {
    LOWER_IS_BETTER("lower is better"),
    HIGHER_IS_BETTER("higher is better");

    private final String description;

    Direction(String description) {
        this.description = description;
    }

    /** The direction in words, as shown to an admin beside the thresholds. */
    public String description() {
        return description;
    }

    /**
     * Whether the two thresholds are in the order this direction needs: for lower is better the
     * good/average threshold may not exceed the average/poor one, for higher is better the reverse.
     */
    public boolean isInOrder(double goodAverage, double averagePoor) {
        return this == LOWER_IS_BETTER ? goodAverage <= averagePoor : goodAverage >= averagePoor;
    }

    Band band(double value, double goodAverage, double averagePoor) {
        if (this == LOWER_IS_BETTER) {
            if (value <= goodAverage) {
                return Band.GOOD;
            }
            return value > averagePoor ? Band.POOR : Band.AVERAGE;
        }
        if (value >= goodAverage) {
            return Band.GOOD;
        }
        return value < averagePoor ? Band.POOR : Band.AVERAGE;
    }
}
