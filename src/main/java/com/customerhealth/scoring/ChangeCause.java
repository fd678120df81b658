package com.customerhealth.scoring;

import java.util.Objects;

/**
 * What made a score be recomputed, kept with the score when it changed it.
 *
 * @param kind      {@code event}, {@code time}, {@code configuration} or {@code directory}
 * @param reference the event's id, the configuration's version…; {@code null} when there is none
 * @param summary   the cause in words, such as "csat.rated on ticket 123"
 */
public record ChangeCause(String kind, String reference, String summary) {

    public ChangeCause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
    }

    /** Tickets and ratings left the window with no event. */
    public static ChangeCause timePassed() {
        return new ChangeCause("time", null, "tickets or ratings left the window");
    }
}
