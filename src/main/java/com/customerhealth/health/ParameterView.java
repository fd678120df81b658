package com.customerhealth.health;

import com.customerhealth.scoring.ParameterScore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One parameter of a score, as the API shows it.
 *
 * @param key          the parameter, such as {@code csat}
 * @param enabled      whether it counts in the score
 * @param value        its measured value; {@code null} when there is no data for it
 * @param band         {@code good}, {@code average}, {@code poor} or {@code no_data}
 * @param points       the points its band gives; {@code null} when it does not count
 * @param weight       its weight in the score
 * @param goodAverage  the threshold between good and average
 * @param averagePoor  the threshold between average and poor
 */
@Schema(name = "ParameterHealth", description = "One parameter's value, band, points and weight.")
public record ParameterView(String key, boolean enabled, Double value, String band, Integer points, double weight,
                            double goodAverage, double averagePoor) {

    static ParameterView of(ParameterScore line) {
        return new ParameterView(line.parameter().key(), line.enabled(), line.value(), line.band().key(), line.points(),
                line.weight(), line.goodAverage(), line.averagePoor());
    }
}
