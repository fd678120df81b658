package com.customerhealth.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How far the recomputation of a tenant's scores after its latest save has come, in the database so that
 * the settings page shows it whichever server instance does the work.
 */
@Entity
@Table(name = "rescoring")
public class RescoringProgress {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    /** The configuration version the scores are recomputed by. */
    @Column(name = "version", nullable = false)
    private int version;

    /** The customers to recompute. */
    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "done", nullable = false)
    private int done;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected RescoringProgress() {
    }

    RescoringProgress(String tenantId) {
        this.tenantId = tenantId;
    }

    /** Starts over for {@code newVersion}: a save during a recomputation supersedes it. */
    void start(int newVersion, int customers, Instant at) {
        version = newVersion;
        total = customers;
        done = 0;
        startedAt = at;
        finishedAt = customers == 0 ? at : null;
    }

    void advance(int customers, Instant at) {
        done = Math.min(total, done + customers);
        if (done == total) {
            finishedAt = at;
        }
    }

    public int version() {
        return version;
    }

    public int total() {
        return total;
    }

    public int done() {
        return done;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** When the last customer was recomputed; null while the work goes on. */
    public Instant finishedAt() {
        return finishedAt;
    }

    /** Whole percent done; 100 for a tenant without customers. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * done / total);
    }
}
