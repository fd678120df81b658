package com.customerhealth.health;

import com.customerhealth.scoring.ChangeCause;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The last change of a stored score: when, from which score, and what caused it. */
@Embeddable
public class ScoreChange {

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "previous_score")
    private Integer previousScore;

    @Column(name = "change_kind", length = 16)
    private String kind;

    @Column(name = "change_reference", length = 255)
    private String reference;

    @Column(name = "change_summary", length = 500)
    private String summary;

    /** Keys of the parameters whose value or band moved, comma separated. */
    @Column(name = "changed_parameters", length = 255)
    private String parameters;

    protected ScoreChange() {
    }

    ScoreChange(Instant changedAt, Integer previousScore, ChangeCause cause, String parameters) {
        this.changedAt = changedAt;
        this.previousScore = previousScore;
        this.kind = cause.kind();
        this.reference = cause.reference();
        this.summary = cause.summary();
        this.parameters = parameters;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Integer previousScore() {
        return previousScore;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String summary() {
        return summary;
    }

    public String parameters() {
        return parameters;
    }
}
