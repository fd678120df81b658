package com.customerhealth.backfill;

import com.customerhealth.platform.PreparedQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The backfills of every tenant. Each change by a server working on one is made under the row's lock and
 * only while that server holds the lease, so two servers never both go on with one backfill.
 */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's and not the calling
// invocation's, which the runtime closes under the worker threads it hands on to.
@Transactional
public class BackfillRepository {

    /** A backfill by its key. */
    public record Key(String tenantId, String id) {
    }

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** {@code tenantId}'s latest {@code limit} backfills, newest first. */
    public List<BackfillJob> of(String tenantId, int limit) {
        return PreparedQueries.of(em, "select b from BackfillJob b where b.tenantId = :tenant order by b.startedAt desc, b.id",
                BackfillJob.class).setParameter("tenant", tenantId).setMaxResults(limit).getResultList();
    }

    /** The backfill {@code id} of {@code tenantId}. */
    public Optional<BackfillJob> find(String tenantId, String id) {
        return PreparedQueries.of(em, "select b from BackfillJob b where b.tenantId = :tenant and b.id = :id",
                BackfillJob.class).setParameter("tenant", tenantId).setParameter("id", id).getResultList().stream()
                .findFirst();
    }

    /** The backfills of {@code tenantId} reading from {@code kind} as {@code source} that have not ended. */
    public List<BackfillJob> unended(String tenantId, String kind, String source) {
        return PreparedQueries.of(em, "select b from BackfillJob b where b.tenantId = :tenant and b.kind = :kind"
                        + " and b.source = :source and b.state in :states", BackfillJob.class)
                .setParameter("tenant", tenantId).setParameter("kind", kind).setParameter("source", source)
                .setParameter("states", List.of(BackfillState.RUNNING.key(), BackfillState.WAITING.key()))
                .getResultList();
    }

    /** The backfills some server should work on at {@code now}: running or done waiting, and held by none. */
    public List<Key> workable(Instant now) {
        return PreparedQueries.of(em, "select b from BackfillJob b where b.state in :states", BackfillJob.class)
                .setParameter("states", List.of(BackfillState.RUNNING.key(), BackfillState.WAITING.key()))
                .getResultList().stream()
                .filter(job -> job.free(now) && (job.state() == BackfillState.RUNNING || !job.waitUntilInstant().isAfter(now)))
                .map(job -> new Key(job.tenantId(), job.id())).toList();
    }

    /** Adds {@code job} at once, so that a backfill of the same helpdesk already going is refused here. */
    void add(BackfillJob job) {
        em.persist(job);
        em.flush();
    }

    /** Takes {@code key} for {@code owner} until {@code now + lease} if it is free and workable; the job as taken. */
    public Optional<BackfillJob> claim(Key key, String owner, Instant now, Duration lease) {
        return locked(key).filter(job -> job.free(now) && (job.state() == BackfillState.RUNNING
                || job.state() == BackfillState.WAITING && !job.waitUntilInstant().isAfter(now))).map(job -> {
            if (job.state() == BackfillState.WAITING) {
                job.waited(now);
            }
            job.lease(owner, now.plus(lease));
            return job;
        });
    }

    /**
     * Records {@code page} as stored and renews the lease; false when {@code owner} no longer holds the
     * backfill or it is no longer running (cancelled meanwhile: the counts are kept, the lease let go).
     */
    public boolean advance(Key key, String owner, HistoryPage page, BackfillCounts counts, Duration spent, Instant now,
                           Duration lease) {
        Optional<BackfillJob> held = locked(key).filter(job -> job.heldBy(owner, now));
        if (held.isEmpty()) {
            return false;
        }
        BackfillJob job = held.get();
        boolean running = job.state() == BackfillState.RUNNING;
        if (running) {
            job.advance(page, counts, spent, now);
        } else {
            job.record(page, counts, spent, now);
        }
        if (running && !page.last()) {
            job.lease(owner, now.plus(lease));
            return true;
        }
        job.release();
        return false;
    }

    /** Renews {@code owner}'s lease; false when it no longer holds the backfill or it was cancelled. */
    public boolean renew(Key key, String owner, Instant now, Duration lease) {
        return locked(key).filter(job -> job.heldBy(owner, now) && job.state() == BackfillState.RUNNING).map(job -> {
            job.lease(owner, now.plus(lease));
            return true;
        }).orElse(false);
    }

    /** Whether the backfill has been ended (cancelled) since it was taken. */
    public boolean ended(Key key) {
        return find(key.tenantId(), key.id()).map(job -> job.state().ended()).orElse(true);
    }

    /** Has the held backfill wait for the helpdesk until {@code until}. */
    public void waitUntil(Key key, String owner, Instant until, String why, Duration spent, Instant now) {
        changeHeld(key, owner, now, job -> {
            job.spent(spent, now);
            if (job.state() == BackfillState.RUNNING) {
                job.waitUntil(until, why, now);
            }
        });
    }

    /** Ends the held backfill as {@code state}. */
    public void end(Key key, String owner, BackfillState state, String why, Duration spent, Instant now) {
        changeHeld(key, owner, now, job -> {
            job.spent(spent, now);
            if (!job.state().ended()) {
                job.end(state, why, now);
            }
        });
    }

    /** Lets the held backfill go, for this or another server to take up again. */
    public void release(Key key, String owner, Duration spent, Instant now) {
        changeHeld(key, owner, now, job -> {
            job.spent(spent, now);
            job.release();
        });
    }

    /** Changes the backfill {@code key} as an admin asks, under its lock; empty when there is none. */
    Optional<BackfillJob> change(Key key, Consumer<BackfillJob> change) {
        return locked(key).map(job -> {
            change.accept(job);
            em.flush();
            return job;
        });
    }

    private void changeHeld(Key key, String owner, Instant now, Consumer<BackfillJob> change) {
        locked(key).filter(job -> job.heldBy(owner, now)).ifPresent(change);
    }

    private Optional<BackfillJob> locked(Key key) {
        return PreparedQueries.locking(em, "select b from BackfillJob b where b.tenantId = :tenant and b.id = :id",
                BackfillJob.class).setParameter("tenant", key.tenantId()).setParameter("id", key.id()).getResultList()
                .stream().findFirst();
    }
}
