package com.customerhealth.health;

import com.customerhealth.platform.InLists;
import com.customerhealth.platform.StoreFailures;
import com.customerhealth.scoring.ChangeCause;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Recomputes every score of a tenant in the background after its rules changed, a few hundred customers
 * per transaction, so badges and the API serve new scores as they are stored while the rest keep their
 * old ones. A newer start for the same tenant supersedes a running one, which stops at its next step.
 *
 * <pre>
 * rescoring.start("default", 3, new ChangeCause("configuration", "3", "cause.settingsSaved", "3", "ann"));
 * rescoring.progress("default");   // version 3, 1,500 of 5,245 customers
 * </pre>
 */
@ApplicationScoped
public class Rescoring {

    private static final Logger LOG = Logger.getLogger(Rescoring.class.getName());

    /** Tries of one chunk that conflicts with concurrent work, as many as a batch of events gets. */
    private static final int ATTEMPTS = 4;

    @Resource
    ManagedExecutorService executor;

    @Inject
    RescoringSteps steps;

    @Inject
    HealthRecalculation recalculation;

    /** Starts recomputing every customer of {@code tenantId}, and their companies, by configuration {@code version}. */
    public RescoringProgress start(String tenantId, int version, ChangeCause cause) {
        List<String> customers = steps.begin(tenantId, version);
        executor.execute(() -> run(tenantId, version, customers, cause));
        return steps.progress(tenantId).orElseThrow();
    }

    /** The latest recomputation of {@code tenantId}'s scores, if it ever had one. */
    public Optional<RescoringProgress> progress(String tenantId) {
        return steps.progress(tenantId);
    }

    /**
     * One chunk, tried again when it conflicts with events stored at the same time (a lock held, a
     * deadlock): its transaction rolled back, so the same chunk is simply recomputed once more.
     */
    private void recalculate(String tenantId, Map<String, ChangeCause> causes) {
        for (int attempt = 1; ; attempt++) {
            try {
                recalculation.recalculate(tenantId, causes);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !StoreFailures.isConflict(e)) {
                    throw e;
                }
                LOG.fine(() -> "Recomputing scores of tenant " + tenantId + " conflicted; trying again: " + e);
                StoreFailures.pauseAfter(attempt);
            }
        }
    }

    private void run(String tenantId, int version, List<String> customers, ChangeCause cause) {
        long started = System.nanoTime();
        try {
            for (List<String> chunk : InLists.of(customers)) {
                if (!steps.isCurrent(tenantId, version)) {
                    LOG.info(() -> "Recomputing the scores of tenant " + tenantId + " by version " + version
                            + " stopped: a newer version took over");
                    return;
                }
                Map<String, ChangeCause> causes = new LinkedHashMap<>();
                chunk.forEach(id -> causes.put(id, cause));
                recalculate(tenantId, causes);
                steps.advance(tenantId, version, chunk.size());
            }
            LOG.info(() -> String.format("Recomputed %,d scores of tenant %s by version %d in %.1f s", customers.size(),
                    tenantId, version, (System.nanoTime() - started) / 1e9));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recomputing the scores of tenant " + tenantId + " by version " + version
                    + " failed; saving the settings again starts over", e);
        }
    }
}
