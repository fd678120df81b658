package com.customerhealth.demo;

import com.customerhealth.directory.CustomerRepository;
import com.customerhealth.events.EventProcessing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TenantSecrets;
import com.customerhealth.schema.StoreMigrated;
import com.customerhealth.tenancy.Tenants;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
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

    @Inject
    CustomerRepository customers;

    @Inject
    TenantSecrets secrets;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StoreMigrated migrated) {
        if (!demo) {
            return;
        }
        String tenant = tenants.defaultTenant();
        if (customers.count(tenant) == 0) {
            List<HelpdeskEvent> events = DemoEvents.of(tenant, 20261122L, clock.instant(), COMPANIES);
            for (int from = 0; from < events.size(); from += BATCH) {
                processing.process(events.subList(from, Math.min(events.size(), from + BATCH)));
            }
            LOG.info(() -> "Demo mode: " + events.size() + " demo events processed");
        }
        LOG.info(() -> "Demo mode: sign in as agent/agent, manager/manager or admin/admin; events are signed with "
                + (secrets.isDemoSecret(tenant) ? "the demo secret '" + TenantSecrets.DEMO_SECRET + "'" : "the configured secret"));
    }
}
