package com.customerhealth.demo;

import com.customerhealth.schema.SchemaMigration;
import com.customerhealth.tenancy.Tenants;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** In demo mode, fills an empty store with the demo helpdesk once the store is migrated. */
@ApplicationScoped
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    @Inject
    @ConfigProperty(name = "chm.demo", defaultValue = "false")
    boolean demo;

    @Inject
    SchemaMigration migration;

    @Inject
    DemoHelpdesk helpdesk;

    @Inject
    Tenants tenants;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class)
                 Object context) {
        if (!demo) {
            return;
        }
        if (!migration.isMigrated()) {
            LOG.warning("Demo mode is on but the store is not migrated: no demo data");
            return;
        }
        String tenant = tenants.defaultTenant();
        if (helpdesk.isEmpty(tenant)) {
            int customers = helpdesk.populate(tenant, 20261122L);
            LOG.info(() -> "Demo mode: created a helpdesk of " + customers + " customers; sign in as agent/agent");
        } else {
            LOG.info("Demo mode: sign in as agent/agent or admin/admin");
        }
    }
}
