package com.customerhealth.alerts;

import com.customerhealth.scoring.Health;
import com.customerhealth.tenancy.TenantKey;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An alert as stored: what it said when it was raised, and its state since, its instants to the
 * millisecond as the store keeps them. Its summary is kept as a
 * text key and its arguments (a JSON array), so it is worded in the reader's language whenever it is read.
 */
@Entity
@Table(name = "alert")
@IdClass(TenantKey.class)
public class StoredAlert {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "alert_id", length = 64)
    private String id;

    @Column(name = "kind", length = 16, nullable = false)
    private String kind;

    @Column(name = "subject_type", length = 16, nullable = false)
    private String subjectType;

    @Column(name = "subject_id", length = 128, nullable = false)
    private String subjectId;

    @Column(name = "subject_name", length = 255)
    private String subjectName;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "score")
    private Integer score;

    @Column(name = "previous_score")
    private Integer previousScore;

    @Column(name = "band", length = 16, nullable = false)
    private String band;

    @Column(name = "previous_band", length = 16, nullable = false)
    private String previousBand;

    @Column(name = "summary_key", length = 64, nullable = false)
    private String summaryKey;

    @Lob
    @Column(name = "summary_arguments", nullable = false)
    private String summaryArguments;

    @Column(name = "cause_kind", length = 16, nullable = false)
    private String causeKind;

    @Column(name = "cause_reference", length = 255)
    private String causeReference;

    @Column(name = "state", length = 16, nullable = false)
    private String state;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 255)
    private String acknowledgedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected StoredAlert() {
    }

    /** {@code raised}, open, under {@code id}. */
    StoredAlert(String tenantId, String id, RaisedAlert raised) {
        this.tenantId = tenantId;
        this.id = id;
        kind = raised.kind().key();
        subjectType = raised.subject().type().key();
        subjectId = raised.subject().id();
        subjectName = raised.subject().name();
        raisedAt = raised.at().truncatedTo(ChronoUnit.MILLIS);
        score = raised.score();
        previousScore = raised.previousScore();
        band = raised.band().key();
        previousBand = raised.previousBand().key();
        summaryKey = raised.summaryKey();
        summaryArguments = JSON.createArrayBuilder(raised.summaryArguments()).build().toString();
        causeKind = raised.cause().kind();
        causeReference = raised.cause().reference();
        state = AlertState.OPEN.key();
    }

    /** What the next decision about the subject needs of this alert. */
    PastAlert past() {
        return new PastAlert(id, kind(), raisedAt, state(), previousScore, previousBand());
    }

    /** Marks the alert acknowledged by {@code user} at {@code at}; answers whether it was open. */
    boolean acknowledge(String user, Instant at) {
        if (state() != AlertState.OPEN) {
            return false;
        }
        state = AlertState.ACKNOWLEDGED.key();
        acknowledgedBy = user;
        acknowledgedAt = at.truncatedTo(ChronoUnit.MILLIS);
        return true;
    }

    /** Marks the alert resolved at {@code at}. */
    void resolve(Instant at) {
        state = AlertState.RESOLVED.key();
        resolvedAt = at.truncatedTo(ChronoUnit.MILLIS);
    }

    public String id() {
        return id;
    }

    public AlertKind kind() {
        return AlertKind.fromKey(kind);
    }

    public Subject subject() {
        return new Subject(SubjectType.fromKey(subjectType), subjectId, subjectName);
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Integer score() {
        return score;
    }

    public Integer previousScore() {
        return previousScore;
    }

    public Health band() {
        return Health.fromKey(band);
    }

    public Health previousBand() {
        return Health.fromKey(previousBand);
    }

    public String summaryKey() {
        return summaryKey;
    }

    /** What fills the summary's places, in order. */
    public List<String> summaryArguments() {
        try (JsonReader reader = JSON.createReader(new StringReader(summaryArguments))) {
            return reader.readArray().getValuesAs(JsonString::getString);
        }
    }

    /** The kind of what moved the score: {@code event}, {@code time}, {@code configuration} and so on. */
    public String causeKind() {
        return causeKind;
    }

    /** The id of the event or the configuration version that moved the score, or {@code null}. */
    public String causeReference() {
        return causeReference;
    }

    public AlertState state() {
        return AlertState.fromKey(state);
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
