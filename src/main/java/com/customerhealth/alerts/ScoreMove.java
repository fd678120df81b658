package com.customerhealth.alerts;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import java.time.Instant;
import java.util.Objects;

/**
 * What happened to a subject's score at one instant: the score and band before and after, and what
 * caused it. Before and after may be the same, when an event that can alert by itself (a rating, a
 * ticket) left the score as it was.
 *
 * @param at            when the score changed; the instant every rule and the cool-down are judged at
 * @param previousScore the score before, {@code null} with no data
 * @param previousBand  the band before
 * @param score         the score now, {@code null} with no data
 * @param band          the band now
 * @param cause         what caused the change; an alert keeps its kind and reference
 */
public record ScoreMove(Instant at, Integer previousScore, Health previousBand, Integer score, Health band,
                        ChangeCause cause) {

    public ScoreMove {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(previousBand, "previousBand");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(cause, "cause");
    }
}
