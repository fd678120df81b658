package com.customerhealth.events;

import com.customerhealth.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Each tenant's webhook secret, from MicroProfile Config: {@code chm.events.secret} for the default tenant
 * ({@code CHM_EVENTS_SECRET}), {@code chm.events.secret.<tenant>} for any other. A tenant other than the
 * default exists for events only once it has a secret.
 */
@ApplicationScoped
public class TenantSecrets {

    @Inject
    Config config;

    @Inject
    Tenants tenants;

    /** The secret of {@code tenantId}, if one is configured. */
    public Optional<String> secretOf(String tenantId) {
        String key = tenants.defaultTenant().equals(tenantId) ? keyOf(null) : keyOf(tenantId);
        return config.getOptionalValue(key, String.class).filter(secret -> !secret.isBlank());
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
