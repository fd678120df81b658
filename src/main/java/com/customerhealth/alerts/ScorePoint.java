package com.customerhealth.alerts;

import java.time.Instant;
import java.util.Objects;

/**
 * A score a subject had at one instant, one point of the history a score drop is measured against.
 *
 * @param at    when the subject had the score
 * @param score the score
 */
public record ScorePoint(Instant at, int score) {

    public ScorePoint {
        Objects.requireNonNull(at, "at");
    }
}
