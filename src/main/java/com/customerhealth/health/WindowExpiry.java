package com.customerhealth.health;

import com.customerhealth.schema.StoreMigrated;
import com.customerhealth.scoring.ChangeCause;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Time moves scores with no event: a ticket or rating leaves the window. Each stored score knows when
 * that next happens to it ({@code next_change_at}); at start-up and then every
 * {@code chm.scoring.expiry-check-minutes} this recomputes exactly the customers whose moment has come.
 */
@ApplicationScoped
public class WindowExpiry {

    private static final Logger LOG = Logger.getLogger(WindowExpiry.class.getName());

    /** Customers recomputed per transaction. */
    private static final int PASS = 500;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /**
     * Its own EntityManagers: the container's non-transactional one belongs to the invocation that scheduled
     * the task, and is closed with it.
     */
    @PersistenceUnit(unitName = "chm")
    EntityManagerFactory store;

    @Inject
    HealthRecalculation recalculation;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "chm.scoring.expiry-check-minutes", defaultValue = "60")
    long everyMinutes;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StoreMigrated migrated) {
        scheduler.scheduleWithFixedDelay(this::recalculateQuietly, 0, everyMinutes, TimeUnit.MINUTES);
    }

    /**
     * Recomputes every customer whose window moved since its score was computed.
     *
     * @return how many customers were recomputed
     */
    public int recalculateExpired() {
        int total = 0;
        while (true) {
            List<Object[]> due;
            try (EntityManager em = store.createEntityManager()) {
                due = em.createQuery("select h.tenantId, h.id from CustomerHealth h"
                                + " where h.nextChangeAt <= :now order by h.nextChangeAt", Object[].class)
                        .setParameter("now", clock.instant()).setMaxResults(PASS).getResultList();
            }
            if (due.isEmpty()) {
                return total;
            }
            Map<String, List<String>> byTenant = new LinkedHashMap<>();
            due.forEach(row -> byTenant.computeIfAbsent((String) row[0], tenant -> new ArrayList<>())
                    .add((String) row[1]));
            byTenant.forEach((tenant, customers) ->
                    recalculation.recalculateCustomers(tenant, customers, ChangeCause.timePassed()));
            total += due.size();
            if (due.size() < PASS) {
                return total;
            }
        }
    }

    private void recalculateQuietly() {
        try {
            int recalculated = recalculateExpired();
            if (recalculated > 0) {
                LOG.info(() -> recalculated + " scores recomputed as tickets or ratings left the window");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recomputing scores whose window moved failed; the next run tries again", e);
        }
    }
}
