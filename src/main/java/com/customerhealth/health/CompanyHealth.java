package com.customerhealth.health;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.CompanyScore;
import com.customerhealth.scoring.CompanyScoreMode;
import com.customerhealth.scoring.Health;
import com.customerhealth.scoring.MemberScore;
import com.customerhealth.tenancy.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A company's current score, the members it was formed from and its last change. */
@Entity
@Table(name = "company_health")
@IdClass(TenantKey.class)
public class CompanyHealth {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    /** The company's id. */
    @Id
    @Column(name = "company_id", length = 128)
    private String id;

    @Column(name = "score")
    private Integer score;

    @Column(name = "health", length = 16, nullable = false)
    private String health;

    @Column(name = "mode", length = 32, nullable = false)
    private String mode;

    @Lob
    @Column(name = "members", nullable = false)
    private String members;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Embedded
    private ScoreChange lastChange;

    /** Null when all its columns are: read back so, it is no moves. */
    @Embedded
    private ScoreMoves moves;

    protected CompanyHealth() {
    }

    CompanyHealth(String tenantId, String companyId) {
        this.tenantId = tenantId;
        this.id = companyId;
    }

    /** Takes {@code scored} as the current score; a changed score records {@code cause} as its last change. */
    void update(CompanyScore scored, Instant at, ChangeCause cause) {
        boolean first = members == null;
        if (first || !Objects.equals(score, scored.value())) {
            lastChange = new ScoreChange(at, first ? null : score, cause, "");
        }
        score = scored.value();
        moves = ScoreMoves.of(score, moves);
        health = scored.health().key();
        mode = scored.mode().key();
        members = ExplanationJson.writeMembers(scored.members());
        computedAt = at;
    }

    public String companyId() {
        return id;
    }

    public Integer score() {
        return score;
    }

    public Health health() {
        return Health.fromKey(health);
    }

    public CompanyScoreMode mode() {
        return CompanyScoreMode.fromKey(mode);
    }

    public List<MemberScore> members() {
        return ExplanationJson.readMembers(members);
    }

    public Instant computedAt() {
        return computedAt;
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
