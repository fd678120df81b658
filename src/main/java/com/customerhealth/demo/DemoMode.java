package com.customerhealth.demo;

import com.customerhealth.events.EventProcessing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.schema.StoreMigrated;
import com.customerhealth.tenancy.Tenants;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, sends the demo helpdesk's events through the same processing as the helpdesk's own, once,
 * into an empty default tenant.
 */
@ApplicationScoped
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    private static final int COMPANIES = 36;
    private static final int BATCH = 500;

    @Inject
    @ConfigProperty(name = "chm.demo", defaultValue = "false")
    boolean demo;

    @Inject
    EventProcessing processing;

    @Inject
    Tenants tenants;

    @Inject
    Clock clock;

    /** Its own EntityManager: one of the container's would outlive this start-up in the tasks started beside it. */
    @PersistenceUnit(unitName = "chm")
    EntityManagerFactory store;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StoreMigrated migrated) {
        if (!demo) {
            return;
        }
        String tenant = tenants.defaultTenant();
        boolean empty;
        try (EntityManager em = store.createEntityManager()) {
            empty = em.createQuery("select count(c) from Customer c where c.tenantId = :tenant", Long.class)
                    .setParameter("tenant", tenant).getSingleResult() == 0;
        }
        if (empty) {
            List<HelpdeskEvent> events = DemoEvents.of(tenant, 20261122L, clock.instant(), COMPANIES);
            for (int from = 0; from < events.size(); from += BATCH) {
                processing.process(events.subList(from, Math.min(events.size(), from + BATCH)));
            }
            LOG.info(() -> "Demo mode: " + events.size() + " demo events processed; sign in as agent/agent");
        } else {
            LOG.info("Demo mode: sign in as agent/agent or admin/admin");
        }
    }
}
