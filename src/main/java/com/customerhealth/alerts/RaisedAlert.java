package com.customerhealth.alerts;

import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A new alert, everything of it but the id and the state that storing it gives: it is stored open.
 * Its summary is kept in words of no language, a text key below {@code alert.} and its arguments, as a
 * {@link ChangeCause} keeps its text, and {@link #summary()} words it in English for the API.
 *
 * <p>{@code score} and {@code band} are the subject's after the move; {@code previousBand} is the band
 * before it. {@code previousScore} is the score before it too, except for a score drop, where it is the
 * highest score of the last D days, the one the score fell from: what the drop resolves against.
 *
 * @param kind              what the alert warns of
 * @param subject           the customer or company
 * @param at                the instant of the move that raised it
 * @param score             the score now, {@code null} with no data
 * @param previousScore     the score it dropped from, {@code null} with no data
 * @param band              the band now
 * @param previousBand      the band before the move
 * @param cause             what caused the move: the alert's cause kind and reference
 * @param summaryKey        the summary's text key, such as {@code alert.score_drop}
 * @param summaryArguments  what fills the summary's places, in order
 */
public record RaisedAlert(AlertKind kind, Subject subject, Instant at, Integer score, Integer previousScore,
                          Health band, Health previousBand, ChangeCause cause, String summaryKey,
                          List<String> summaryArguments) {

    public RaisedAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(previousBand, "previousBand");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(summaryKey, "summaryKey");
        summaryArguments = List.copyOf(summaryArguments);
    }

    /** The summary in plain English, as the API answers it. */
    public String summary() {
        return summary(Texts.english());
    }

    /** The summary in the language of {@code texts}, as a page shows it. */
    public String summary(Texts texts) {
        return texts.format(summaryKey, summaryArguments.toArray());
    }
}
