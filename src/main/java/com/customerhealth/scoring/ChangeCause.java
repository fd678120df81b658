package com.customerhealth.scoring;

import java.util.List;
import java.util.Objects;

/**
 * What made a score be recomputed, kept with the score when it changed it. The cause is kept in words
 * of no language: a text key and its arguments, which each page puts in its reader's language and the
 * API in English.
 *
 * @param kind      {@code event}, {@code time}, {@code configuration}, {@code directory} or {@code rebuild}
 * @param reference the event's id, the configuration's version…; {@code null} when there is none
 * @param textKey   the key of the cause's text, such as {@code cause.csat} ("CSAT {0} of {1} on ticket {2}")
 * @param arguments what fills the text's places, in order
 */
public record ChangeCause(String kind, String reference, String textKey, List<String> arguments) {

    public ChangeCause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(textKey, "textKey");
        arguments = List.copyOf(arguments);
    }

    /** A cause whose text has the arguments given. */
    public ChangeCause(String kind, String reference, String textKey, String... arguments) {
        this(kind, reference, textKey, List.of(arguments));
    }

    /** Tickets and ratings left the window with no event. */
    public static ChangeCause timePassed() {
        return new ChangeCause("time", null, "cause.timePassed");
    }
}
