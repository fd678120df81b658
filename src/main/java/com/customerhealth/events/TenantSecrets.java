package com.customerhealth.events;

import com.customerhealth.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each tenant's webhook secret, from MicroProfile Config: {@code chm.events.secret} for the default tenant
 * ({@code CHM_EVENTS_SECRET}), {@code chm.events.secret.<tenant>} for any other. A tenant other than the
 * default exists for events only once it has a secret. In demo mode ({@code chm.demo=true}) the default
 * tenant without a configured secret takes {@value #DEMO_SECRET}, so that events can be tried out at once.
 */
@ApplicationScoped
public class TenantSecrets {

    /** The default tenant's secret in demo mode while none is configured: public, documented, for trying out. */
    public static final String DEMO_SECRET = "demo-events-secret";

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "chm.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Tenants tenants;

    /** The secret of {@code tenantId}, if one is configured. */
    public Optional<String> secretOf(String tenantId) {
        boolean defaultTenant = tenants.defaultTenant().equals(tenantId);
        Optional<String> configured = config.getOptionalValue(defaultTenant ? keyOf(null) : keyOf(tenantId), String.class)
                .filter(secret -> !secret.isBlank());
        return configured.isEmpty() && defaultTenant && demo ? Optional.of(DEMO_SECRET) : configured;
    }

    /** Whether events of {@code tenantId} are signed with {@link #DEMO_SECRET}, none being configured. */
    public boolean isDemoSecret(String tenantId) {
        return secretOf(tenantId).filter(DEMO_SECRET::equals).isPresent();
    }

    /** Whether events of {@code tenantId} can be taken at all. */
    public boolean isKnown(String tenantId) {
        return tenants.defaultTenant().equals(tenantId) || secretOf(tenantId).isPresent();
    }

    /** The configuration key of the secret of {@code tenantId}; {@code null}: the default tenant. */
    public static String keyOf(String tenantId) {
        return tenantId == null ? "chm.events.secret" : "chm.events.secret." + tenantId;
    }
}
