package com.customerhealth.backfill;

import com.customerhealth.platform.ChangeRefused;
import com.customerhealth.platform.FieldProblem;
import com.customerhealth.platform.OutboundPolicy;
import com.customerhealth.platform.StoreFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an admin does with backfills: starts one (checked field by field, its address as an outbound target),
 * cancels one, resumes one from its cursor. The runner hears of each change once it committed.
 */
@ApplicationScoped
public class Backfills {

    @Inject
    BackfillRepository backfills;

    @Inject
    HelpdeskHistories histories;

    @Inject
    OutboundPolicy outbound;

    @Inject
    Event<BackfillChanged> changed;

    @Inject
    Clock clock;

    /** A backfill started, or the problems that kept it from starting. */
    public record Started(BackfillJob job, List<FieldProblem> problems) {
    }

    /**
     * Starts the backfill {@code request} asks for, for {@code tenantId}; refused when one of the same helpdesk
     * and source is still going.
     */
    @Transactional
    public Started start(String tenantId, BackfillRequest request, String user) {
        BackfillRequest checked = request;
        Optional<HelpdeskHistory> history = Optional.ofNullable(request.kind()).flatMap(histories::find);
        if (!request.url().isEmpty()) {
            checked = checked.with(outbound.check(request.url()).stream()
                    .map(refusal -> new FieldProblem("url", refusal.problem().textKey(), refusal.arguments())).toList());
        }
        if (!checked.problems().isEmpty() || history.isEmpty()) {
            return new Started(null, checked.problems());
        }
        URI base = URI.create(checked.url());
        BackfillRequest complete = checked.withDefaults(history.get().sourceOf(base), history.get().requestsPerMinute());
        List<BackfillJob> going = backfills.unended(tenantId, complete.kind(), complete.source());
        if (!going.isEmpty()) {
            throw new ChangeRefused("Backfill " + going.get(0).id() + " of " + complete.source() + " is still going; cancel it"
                    + " or wait until it ends");
        }
        BackfillJob job = new BackfillJob(tenantId, UUID.randomUUID().toString(), complete, complete.source(), user,
                clock.instant());
        try {
            backfills.add(job);
        } catch (PersistenceException e) {
            throw goingAlready(e, complete.source());
        }
        changed.fire(new BackfillChanged(new BackfillRepository.Key(tenantId, job.id())));
        return new Started(job, List.of());
    }

    private void resume(BackfillJob found, String token) {
        String id = found.id();
        if (!found.state().ended()) {
            throw new ChangeRefused("Backfill " + id + " is " + found.state().key() + ": it goes on by itself");
        }
        if (found.state() == BackfillState.DONE) {
            throw new ChangeRefused("Backfill " + id + " is done; to read what changed since, start a new one"
                    + " with since the day it ended");
        }
        if (token == null && !found.hasToken()) {
            throw new ChangeRefused("Backfill " + id + " no longer holds its token: send one with {\"token\": \"…\"}");
        }
        if (!backfills.unended(found.tenantId(), found.kind(), found.source()).isEmpty()) {
            throw new ChangeRefused("Another backfill of " + found.source() + " is going; cancel it first");
        }
        found.resume(token, clock.instant());
    }

    /** Another backfill of the same helpdesk started at the same moment (the store's key says so), or {@code e}. */
    private static RuntimeException goingAlready(PersistenceException e, String what) {
        if (StoreFailures.isDuplicateKey(e)) {
            return new ChangeRefused("Another backfill of " + what + " is going; cancel it or wait until it ends");
        }
        return e;
    }

    /** Cancels the backfill {@code id}: nothing more is read, what was stored stays. Empty when there is none. */
    @Transactional
    public Optional<BackfillJob> cancel(String tenantId, String id) {
        BackfillRepository.Key key = new BackfillRepository.Key(tenantId, id);
        Optional<BackfillJob> job = backfills.change(key, found -> {
            if (found.state() == BackfillState.DONE) {
                throw new ChangeRefused("Backfill " + id + " is done: there is nothing to cancel");
            }
            // A failed one is cancelled too, which forgets the token it kept for a resumption.
            if (found.state() != BackfillState.CANCELLED) {
                found.cancel(clock.instant());
            }
        });
        job.ifPresent(found -> changed.fire(new BackfillChanged(key)));
        return job;
    }

    /**
     * Reads the backfill {@code id} again from its cursor, after a failure or a cancellation. The token it was
     * started with is forgotten once it is cancelled (not after a failure), so {@code token} must then be
     * given. A backfill that is done is not resumed: a new one, from the day it ended, reads what changed
     * since. Empty when there is none.
     */
    @Transactional
    public Optional<BackfillJob> resume(String tenantId, String id, String token) {
        BackfillRepository.Key key = new BackfillRepository.Key(tenantId, id);
        Optional<BackfillJob> job;
        try {
            job = backfills.change(key, found -> resume(found, token));
        } catch (PersistenceException e) {
            throw goingAlready(e, id);
        }
        job.ifPresent(found -> changed.fire(new BackfillChanged(key)));
        return job;
    }
}
