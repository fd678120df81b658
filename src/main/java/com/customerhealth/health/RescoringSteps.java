package com.customerhealth.health;

import com.customerhealth.directory.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The transactions of a {@link Rescoring}, each committed on its own so that its progress shows at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class RescoringSteps {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CustomerRepository directory;

    /** Records the start of a recomputation by {@code version}; answers the customers to recompute, in id order. */
    List<String> begin(String tenantId, int version) {
        List<String> customers = directory.idsAfter(tenantId, "", Integer.MAX_VALUE);
        RescoringProgress progress = em.find(RescoringProgress.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (progress == null) {
            progress = new RescoringProgress(tenantId);
            em.persist(progress);
        }
        progress.start(version, customers.size(), clock.instant());
        return customers;
    }

    boolean isCurrent(String tenantId, int version) {
        RescoringProgress progress = em.find(RescoringProgress.class, tenantId);
        return progress != null && progress.version() == version;
    }

    void advance(String tenantId, int version, int customers) {
        RescoringProgress progress = em.find(RescoringProgress.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (progress != null && progress.version() == version) {
            progress.advance(customers, clock.instant());
        }
    }

    Optional<RescoringProgress> progress(String tenantId) {
        return Optional.ofNullable(em.find(RescoringProgress.class, tenantId));
    }
}
