package com.customerhealth.health;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Why a score last changed.
 *
 * @param at            when it changed
 * @param previousScore the score before; {@code null} for the first score or when there was no data
 * @param kind          {@code event}, {@code time}, {@code configuration}, {@code directory} or {@code rebuild}
 * @param reference     the event's id or configuration version that changed it; may be {@code null}
 * @param summary       the cause in English words
 * @param cause         the cause in no language, for a page to word in its reader's; {@code null} for a
 *                      change older than the plugin's languages
 * @param parameters    keys of the parameters whose value or band moved
 */
public record LastChangeView(Instant at, Integer previousScore, String kind, String reference, String summary,
                             Words cause, List<String> parameters) {

    /**
     * A text of the plugin's texts and what fills its places: {@code cause.csat} with {@code ["1", "3",
     * "123"]} reads "CSAT 1 of 3 on ticket 123" in English, "CSAT 1 von 3 zu Ticket 123" in German.
     */
    public record Words(String key, List<String> arguments) {
    }

    /** The view of {@code change}, or {@code null} for none. */
    public static LastChangeView of(ScoreChange change) {
        if (change == null || change.changedAt() == null) {
            return null;
        }
        List<String> moved = change.parameters() == null || change.parameters().isEmpty() ? List.of()
                : Arrays.asList(change.parameters().split(","));
        List<String> words = change.words();
        return new LastChangeView(change.changedAt(), change.previousScore(), change.kind(), change.reference(),
                change.summary(), words == null ? null : new Words(words.get(0), words.subList(1, words.size())),
                moved);
    }
}
