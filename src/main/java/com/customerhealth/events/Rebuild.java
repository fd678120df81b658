package com.customerhealth.events;

import com.customerhealth.schema.StoreMigrated;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds a tenant's state from its journal: every ticket folded again from its events, the families of
 * merged tickets settled, every customer's and company's directory entry and membership taken again, then
 * every score recomputed. It is how an upgrade that changes a rule repairs what the old rule stored. It
 * runs in the background, {@value RebuildSteps#CHUNK} ids per transaction, events still being taken
 * meanwhile; a server that stops mid-way goes on where it stopped when it starts again.
 *
 * <pre>
 * rebuild.request("default", "ann");   // phase tickets, 0 of 31,000
 * rebuild.progress("default");         // phase customers, 27,500 of 31,000
 * </pre>
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    RebuildSteps steps;

    /** Tenants whose rebuild this server is working on now. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** Asks for {@code tenantId}'s state to be rebuilt, by {@code by}, starting over if one was under way. */
    public RebuildProgress request(String tenantId, String by) {
        RebuildProgress requested = steps.request(tenantId, by);
        runInBackground(tenantId);
        return requested;
    }

    /** The latest rebuild of {@code tenantId}, if it ever had one. */
    public Optional<RebuildProgress> progress(String tenantId) {
        return steps.progress(tenantId);
    }

    /** Goes on with every rebuild a stop interrupted, and those an upgrade asked for. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) StoreMigrated migrated) {
        steps.unfinished().forEach(this::runInBackground);
    }

    private void runInBackground(String tenantId) {
        if (!running.add(tenantId)) {
            // The running loop reads the run anew at every step, so it takes the new request from there.
            return;
        }
        executor.execute(() -> {
            long started = System.nanoTime();
            try {
                do {
                    while (steps.step(tenantId)) {
                        // Each step commits on its own.
                    }
                    running.remove(tenantId);
                    // Asked for again just as the last step ended: that request found this loop still running.
                } while (isUnfinished(tenantId) && running.add(tenantId));
                LOG.info(() -> String.format("Rebuilt the state of tenant %s from its journal in %.1f s", tenantId,
                        (System.nanoTime() - started) / 1e9));
            } catch (RuntimeException e) {
                running.remove(tenantId);
                LOG.log(Level.WARNING, "Rebuilding the state of tenant " + tenantId + " stopped; it goes on from"
                        + " where it stopped when the server starts again or it is asked for again", e);
            }
        });
    }

    private boolean isUnfinished(String tenantId) {
        return steps.progress(tenantId).map(progress -> progress.finishedAt() == null).orElse(false);
    }
}
