package com.customerhealth.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a score's explanation: what a parameter measured and what that earned.
 *
 * @param parameter   the parameter
 * @param enabled     whether it was switched on; a parameter switched off is shown but never counts
 * @param value       the measured value, {@code null} for no data
 * @param band        the band of the value ({@link Band#NO_DATA} without one)
 * @param points      the points the band earned, {@code null} when the parameter did not count
 * @param weight      its weight in the mean
 * @param goodAverage the good/average threshold the value was judged by
 * @param averagePoor the average/poor threshold the value was judged by
 * @param outOf       the top of the scale the value is on: the CSAT scale's maximum for {@link Parameter#AVG_CSAT},
 *                    {@code null} for a count
 */
public record ParameterScore(Parameter parameter, boolean enabled, Double value, Band band, Integer points,
                             double weight, double goodAverage, double averagePoor, Double outOf) {

    /** The keys of the parameters of {@code after} whose value, band or switch differs from {@code before}, or that are new. */
    public static List<String> movedBetween(List<ParameterScore> before, List<ParameterScore> after) {
        List<String> moved = new ArrayList<>();
        for (ParameterScore now : after) {
            ParameterScore then = before.stream().filter(line -> line.parameter() == now.parameter()).findFirst()
                    .orElse(null);
            if (then == null || !Objects.equals(then.value(), now.value()) || then.band() != now.band()
                    || then.enabled() != now.enabled()) {
                moved.add(now.parameter().key());
            }
        }
        return moved;
    }

    /** Whether this parameter counted towards the score: switched on and with a value. */
    public boolean counted() {
        return points != null;
    }
}
