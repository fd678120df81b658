package com.customerhealth.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;

/**
 * A tenant's latest rebuild from its journal, in the database: which phase it is in, the last id done in
 * it, how much of the whole is done. A server that stops mid-way goes on from here when it starts again.
 */
@Entity
@Table(name = "rebuild")
public class RebuildRun {

    /** The phases, in order: tickets folded, families settled, customers, companies, every score. */
    static final String[] PHASES = {"tickets", "families", "customers", "companies", "scores", "done"};

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", length = 255, nullable = false)
    private String requestedBy;

    @Column(name = "phase", length = 16, nullable = false)
    private String phase;

    @Column(name = "cursor_id", length = 128)
    private String cursor;

    @Column(name = "done", nullable = false)
    private int done;

    @Column(name = "total", nullable = false)
    private int total;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected RebuildRun() {
    }

    RebuildRun(String tenantId) {
        this.tenantId = tenantId;
    }

    /** Starts over: every phase again from its first id. */
    void request(String by, Instant at) {
        requestedBy = by;
        requestedAt = at;
        phase = PHASES[0];
        cursor = null;
        done = 0;
        total = 0;
        startedAt = null;
        finishedAt = null;
    }

    void begin(int newTotal, Instant at) {
        total = newTotal;
        startedAt = at;
    }

    /** {@code count} more done in the current phase, up to {@code last}. */
    void advance(String last, int count) {
        cursor = last;
        done = Math.min(total, done + count);
    }

    /** The current phase is done: the next one starts from its first id. */
    void nextPhase(Instant at) {
        int next = Arrays.asList(PHASES).indexOf(phase) + 1;
        phase = PHASES[next];
        cursor = null;
        if ("done".equals(phase)) {
            done = total;
            finishedAt = at;
        }
    }

    String tenantId() {
        return tenantId;
    }

    String phase() {
        return phase;
    }

    String cursor() {
        return cursor;
    }

    boolean isStarted() {
        return startedAt != null;
    }

    boolean isFinished() {
        return finishedAt != null;
    }

    /** The run as the API answers it. */
    RebuildProgress progress() {
        return new RebuildProgress(phase, done, total, total == 0 ? (isFinished() ? 100 : 0) : done * 100 / total,
                requestedBy, requestedAt, startedAt, finishedAt);
    }
}
