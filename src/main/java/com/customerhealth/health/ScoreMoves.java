package com.customerhealth.health;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How far a stored score moved over 7 and 30 days: the scores then, as the history gives them, and the
 * score now minus each, kept beside the score so that lists sort by its moves in the database.
 */
@Embeddable
public class ScoreMoves {

    /** The score 7 days ago by the history, or null when there was none. */
    @Column(name = "score_7d_ago")
    private Integer score7DaysAgo;

    /** The score 30 days ago by the history, or null when there was none. */
    @Column(name = "score_30d_ago")
    private Integer score30DaysAgo;

    /** The score now minus {@link #score7DaysAgo}; null when either is. */
    @Column(name = "delta7")
    private Integer delta7;

    /** The score now minus {@link #score30DaysAgo}; null when either is. */
    @Column(name = "delta30")
    private Integer delta30;

    /** The moves of {@code score} from the scores then, {@code sevenDaysAgo} and {@code thirtyDaysAgo}. */
    static ScoreMoves of(Integer score, Integer sevenDaysAgo, Integer thirtyDaysAgo) {
        ScoreMoves moves = new ScoreMoves();
        moves.score7DaysAgo = sevenDaysAgo;
        moves.score30DaysAgo = thirtyDaysAgo;
        moves.delta7 = score == null || sevenDaysAgo == null ? null : score - sevenDaysAgo;
        moves.delta30 = score == null || thirtyDaysAgo == null ? null : score - thirtyDaysAgo;
        return moves;
    }

    /** The moves of {@code score}, a new score, from the same scores then; none from nothing. */
    static ScoreMoves of(Integer score, ScoreMoves before) {
        return before == null ? new ScoreMoves() : of(score, before.score7DaysAgo, before.score30DaysAgo);
    }

    public Integer delta7() {
        return delta7;
    }

    public Integer delta30() {
        return delta30;
    }
}
