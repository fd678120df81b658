package com.customerhealth.scoring;

import java.util.List;

/**
 * A customer's score with its explanation.
 *
 * @param value      the weighted mean of the counted parameters' points, rounded to 0–100; {@code null}
 *                   when no enabled parameter has a value
 * @param health     its colour
 * @param parameters every parameter's part in it, in parameter order
 */
public record Score(Integer value, Health health, List<ParameterScore> parameters) {

    public Score {
        parameters = List.copyOf(parameters);
    }
}
