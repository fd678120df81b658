package com.customerhealth.health;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Why a score last changed.
 *
 * @param at            when it changed
 * @param previousScore the score before; {@code null} for the first score or when there was no data
 * @param kind          {@code event}, {@code time}, {@code configuration} or {@code directory}
 * @param reference     the event's id or configuration version that changed it; may be {@code null}
 * @param summary       the cause in words
 * @param parameters    keys of the parameters whose value or band moved
 */
public record LastChangeView(Instant at, Integer previousScore, String kind, String reference, String summary,
                             List<String> parameters) {

    static LastChangeView of(ScoreChange change) {
        if (change == null || change.changedAt() == null) {
            return null;
        }
        List<String> moved = change.parameters() == null || change.parameters().isEmpty() ? List.of()
                : Arrays.asList(change.parameters().split(","));
        return new LastChangeView(change.changedAt(), change.previousScore(), change.kind(), change.reference(),
                change.summary(), moved);
    }
}
