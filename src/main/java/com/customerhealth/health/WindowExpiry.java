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

    /** Reads in a transaction of its own, whose EntityManager is not the one of the invocation that scheduled the task. */
    @Inject
    CustomerHealthRepository customerScores;

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
            List<CustomerHealthRepository.Due> due = customerScores.due(clock.instant(), PASS);
            if (due.isEmpty()) {
                return total;
            }
            Map<String, List<String>> byTenant = new LinkedHashMap<>();
            due.forEach(customer -> byTenant.computeIfAbsent(customer.tenantId(), tenant -> new ArrayList<>())
                    .add(customer.customerId()));
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
