package com.customerhealth.scoring;

import java.util.Objects;

/**
 * How one parameter is scored: whether it counts, its two thresholds and its weight.
 *
 * @param parameter   the parameter
 * @param enabled     whether it counts towards the score
 * @param goodAverage the threshold between good and average
 * @param averagePoor the threshold between average and poor
 * @param weight      its weight in the weighted mean, above zero
 */
public record ParameterRule(Parameter parameter, boolean enabled, double goodAverage, double averagePoor,
                            double weight) {

    public ParameterRule {
        Objects.requireNonNull(parameter, "parameter");
        String key = parameter.key();
        if (!Double.isFinite(goodAverage) || goodAverage < 0) {
            throw new InvalidRulesException(key + ".goodAverage", "notNegativeNumber");
        }
        if (!Double.isFinite(averagePoor) || averagePoor < 0) {
            throw new InvalidRulesException(key + ".averagePoor", "notNegativeNumber");
        }
        if (!parameter.direction().isInOrder(goodAverage, averagePoor)) {
            throw new InvalidRulesException(key + ".goodAverage", parameter.direction() == Direction.LOWER_IS_BETTER
                    ? "thresholdOrder.lowerIsBetter" : "thresholdOrder.higherIsBetter", parameter, goodAverage,
                    averagePoor);
        }
        if (!Double.isFinite(weight) || weight <= 0) {
            throw new InvalidRulesException(key + ".weight", "positiveNumber");
        }
    }

    /** The band {@code value} falls in, read in this parameter's direction against the thresholds as decimals. */
    public Band band(Fraction value) {
        return parameter.direction().band(value, Fraction.of(goodAverage), Fraction.of(averagePoor));
    }

    /** This rule switched on or off. */
    public ParameterRule withEnabled(boolean on) {
        return new ParameterRule(parameter, on, goodAverage, averagePoor, weight);
    }

    /** This rule with another weight. */
    public ParameterRule withWeight(double newWeight) {
        return new ParameterRule(parameter, enabled, goodAverage, averagePoor, newWeight);
    }

    /** This rule with other thresholds. */
    public ParameterRule withThresholds(double newGoodAverage, double newAveragePoor) {
        return new ParameterRule(parameter, enabled, newGoodAverage, newAveragePoor, weight);
    }
}
