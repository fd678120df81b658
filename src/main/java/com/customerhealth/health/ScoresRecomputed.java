package com.customerhealth.health;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Fired, as a CDI event, by every recalculation inside its transaction: each score recomputed with what it
 * was, what it is and why, whether it moved or not (a rating at the bottom of its scale matters to the
 * alerts even when the score stays), so that an observer in the same transaction decides from the scores
 * themselves, and nothing it writes outlives a change that rolled back.
 *
 * @param tenantId the tenant
 * @param at       the instant the scores were recomputed at
 * @param moves    the scores recomputed, customers first, each subject once
 */
public record ScoresRecomputed(String tenantId, Instant at, List<Move> moves) {

    public ScoresRecomputed {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(at, "at");
        moves = List.copyOf(moves);
    }

    /**
     * One score recomputed.
     *
     * @param company       whether the subject is a company (otherwise a customer)
     * @param id            the customer's or company's id
     * @param previousScore the score before, {@code null} for none (no data, or never scored)
     * @param previousBand  the band before, {@link Health#NO_DATA} for a subject never scored
     * @param score         the score now, {@code null} for no data
     * @param band          the band now
     * @param cause         what moved it, as its last change shows it; {@code null} when the recalculation was
     *                      given none
     * @param causes        every cause of the batch about it, {@code cause} among them: a customer's rating
     *                      followed in the same batch by another event about it was still given
     */
    public record Move(boolean company, String id, Integer previousScore, Health previousBand, Integer score,
                       Health band, ChangeCause cause, List<ChangeCause> causes) {

        public Move {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(previousBand, "previousBand");
            Objects.requireNonNull(band, "band");
            causes = List.copyOf(causes);
        }

        /** A move with one cause, {@code cause}, or none. */
        public Move(boolean company, String id, Integer previousScore, Health previousBand, Integer score, Health band,
                    ChangeCause cause) {
            this(company, id, previousScore, previousBand, score, band, cause, cause == null ? List.of() : List.of(cause));
        }

        /** Whether the score or the band differs from before; a recalculation that kept both is no move. */
        public boolean moved() {
            return !Objects.equals(previousScore, score) || previousBand != band;
        }
    }
}
