package com.customerhealth.health;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.ParameterScore;
import com.customerhealth.scoring.Score;
import com.customerhealth.tenancy.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** A customer's current score with its explanation and its last change. */
@Entity
@Table(name = "customer_health")
@IdClass(TenantKey.class)
public class CustomerHealth {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    /** The customer's id. */
    @Id
    @Column(name = "customer_id", length = 128)
    private String id;

    @Column(name = "score")
    private Integer score;

    @Column(name = "health", length = 16, nullable = false)
    private String health;

    @Lob
    @Column(name = "explanation", nullable = false)
    private String explanation;

    /** Tickets opened in the window, the customer's weight in a ticket-weighted company score. */
    @Column(name = "tickets_in_window", nullable = false)
    private int ticketsInWindow;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    /** When a ticket or rating next leaves the window, so the score changes with no event; null: never. */
    @Column(name = "next_change_at")
    private Instant nextChangeAt;

    @Embedded
    private ScoreChange lastChange;

    /** Null when all its columns are: read back so, it is no moves. */
    @Embedded
    private ScoreMoves moves;

    protected CustomerHealth() {
    }

    CustomerHealth(String tenantId, String customerId) {
        this.tenantId = tenantId;
        this.id = customerId;
    }

    /**
     * Takes {@code scored} as the current score; when it differs from the stored one (or is the first)
     * {@code cause} becomes its last change. Answers whether what the customer's company takes of it, its
     * score and its tickets in the window, moved (or is new).
     */
    boolean update(Score scored, int tickets, Instant at, Instant nextChange, ChangeCause cause) {
        boolean first = explanation == null;
        boolean scoreMoved = first || !Objects.equals(score, scored.value());
        boolean movesCompany = scoreMoved || ticketsInWindow != tickets;
        // Only a change of the score is kept as the reason for it: an event that moved a parameter but not the
        // score would otherwise hide the one that gave the badge its colour.
        if (scoreMoved) {
            List<ParameterScore> before = first ? List.of() : ExplanationJson.readParameters(explanation);
            lastChange = new ScoreChange(at, first ? null : score, cause, String.join(",", ParameterScore.movedBetween(before, scored.parameters())));
        }
        score = scored.value();
        moves = ScoreMoves.of(score, moves);
        health = scored.health().key();
        explanation = ExplanationJson.writeParameters(scored.parameters());
        ticketsInWindow = tickets;
        computedAt = at;
        nextChangeAt = nextChange == null ? null : roundedUpToMillis(nextChange);
        return movesCompany;
    }

    /** Stored as milliseconds: rounding down would make the change look due while it is still ahead. */
    private static Instant roundedUpToMillis(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return millis.equals(instant) ? millis : millis.plusMillis(1);
    }

    public String customerId() {
        return id;
    }

    public Integer score() {
        return score;
    }

    public Health health() {
        return Health.fromKey(health);
    }

    public List<ParameterScore> parameters() {
        return ExplanationJson.readParameters(explanation);
    }

    public int ticketsInWindow() {
        return ticketsInWindow;
    }

    public Instant computedAt() {
        return computedAt;
    }

    public Instant nextChangeAt() {
        return nextChangeAt;
    }

    public ScoreChange lastChange() {
        return lastChange;
    }

    /** Takes the scores 7 and 30 days ago, as the history gives them, and the score's moves since. */
    public void takeScoresBefore(Integer sevenDaysAgo, Integer thirtyDaysAgo) {
        moves = ScoreMoves.of(score, sevenDaysAgo, thirtyDaysAgo);
    }

    /** The score now minus the score 7 days ago, or null when either is missing. */
    public Integer delta7() {
        return moves == null ? null : moves.delta7();
    }

    /** The score now minus the score 30 days ago, or null when either is missing. */
    public Integer delta30() {
        return moves == null ? null : moves.delta30();
    }
}
