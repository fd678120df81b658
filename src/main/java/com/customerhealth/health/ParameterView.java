package com.customerhealth.health;

import com.customerhealth.scoring.Direction;
import com.customerhealth.scoring.ParameterScore;

/**
 * One parameter of a score, as the API shows it.
 *
 * @param key          the parameter, such as {@code avgCsat}
 * @param title        the parameter's name as people read it, such as "Average CSAT in the window"
 * @param direction    {@code lower_is_better} or {@code higher_is_better}: how the thresholds are read
 * @param enabled      whether it counts in the score
 * @param value        its measured value; {@code null} when there is no data for it
 * @param band         {@code good}, {@code average}, {@code poor} or {@code no_data}
 * @param points       the points its band gives; {@code null} when it does not count
 * @param weight       its weight in the score
 * @param goodAverage  the threshold between good and average
 * @param averagePoor  the threshold between average and poor
 * @param outOf        the top of the scale the value is on (the CSAT scale's maximum for {@code avgCsat});
 *                     {@code null} for a count
 */
public record ParameterView(String key, String title, String direction, boolean enabled, Double value, String band,
                            Integer points, double weight, double goodAverage, double averagePoor,
                            Double outOf) {

    static ParameterView of(ParameterScore line) {
        Direction direction = line.parameter().direction();
        return new ParameterView(line.parameter().key(), line.parameter().title(),
                direction == Direction.LOWER_IS_BETTER ? "lower_is_better" : "higher_is_better", line.enabled(),
                line.value(), line.band().key(), line.points(), line.weight(), line.goodAverage(), line.averagePoor(),
                line.outOf());
    }
}
