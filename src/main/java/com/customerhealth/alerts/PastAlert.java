package com.customerhealth.alerts;

import com.customerhealth.scoring.Health;
import java.time.Instant;
import java.util.Objects;

/**
 * An alert raised for the subject earlier, as much of it as the next decision needs: its kind and instant
 * for the cool-down, its state and what it dropped from for its resolution.
 *
 * @param id            the stored alert's id, handed back when it resolves
 * @param kind          what it warned of
 * @param at            when it was raised
 * @param state         open, acknowledged or resolved
 * @param previousScore the score it dropped from ({@link RaisedAlert#previousScore()}), {@code null} with no data
 * @param previousBand  the band it dropped from ({@link RaisedAlert#previousBand()})
 */
public record PastAlert(String id, AlertKind kind, Instant at, AlertState state, Integer previousScore,
                        Health previousBand) {

    public PastAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(previousBand, "previousBand");
    }

    /** {@code raised} as stored under {@code id} in {@code state}. */
    public static PastAlert of(String id, RaisedAlert raised, AlertState state) {
        return new PastAlert(id, raised.kind(), raised.at(), state, raised.previousScore(), raised.previousBand());
    }

    /** This alert in {@code newState}. */
    public PastAlert withState(AlertState newState) {
        return new PastAlert(id, kind, at, newState, previousScore, previousBand);
    }
}
