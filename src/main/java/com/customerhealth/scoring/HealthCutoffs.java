package com.customerhealth.scoring;

/**
 * The two scores that divide the colours.
 *
 * @param healthy a score at or above it is healthy (green), 70 by default
 * @param average a score at or above it, and below {@code healthy}, is average (yellow), 40 by default;
 *                below it a score is poor (red)
 */
public record HealthCutoffs(int healthy, int average) {

    /** Healthy from 70, average from 40. */
    public static final HealthCutoffs DEFAULT = new HealthCutoffs(70, 40);

    public HealthCutoffs {
        if (healthy < 0 || healthy > 100) {
            throw new InvalidRulesException("cutoffs.healthy", "range", 0, 100, healthy);
        }
        if (average < 0 || average > 100) {
            throw new InvalidRulesException("cutoffs.average", "range", 0, 100, average);
        }
        if (average > healthy) {
            throw new InvalidRulesException("cutoffs.average", "cutoffOrder", average, healthy);
        }
    }

    /** The colour of {@code score}; no score means no data. */
    public Health healthOf(Integer score) {
        if (score == null) {
            return Health.NO_DATA;
        }
        if (score >= healthy) {
            return Health.HEALTHY;
        }
        return score >= average ? Health.AVERAGE : Health.POOR;
    }
}
