package com.customerhealth.health;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Score;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Scores as they were at an instant, recomputed from the journal under the rules in force then, for the
 * read API's {@code ?at=}: the monitoring feature provides it.
 */
public interface PastScores {

    /**
     * Why a past score was what it was.
     *
     * @param score         the score with its explanation
     * @param changedAt     when it last changed before the instant
     * @param previousScore the score before that change, or {@code null}
     * @param cause         what made that change
     * @param moved         keys of the parameters whose value or band that change moved
     */
    record Past(Score score, Instant changedAt, Integer previousScore, ChangeCause cause, List<String> moved) {
    }

    /** Customer {@code customerId}'s score at {@code at}; empty when nothing was known of it by then. */
    Optional<Past> customerAt(String tenantId, String customerId, Instant at);
}
