package com.customerhealth.testing;

import com.customerhealth.alerts.AlertsChanged;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Fails the transaction that raised alerts of a tenant whose id starts with {@value #PREFIX}, after every
 * observer of the plugin wrote what it writes with them (the outbox among them): a test sees what is left
 * of a change that rolled back. Part of the test deployment only.
 */
@ApplicationScoped
public class RollingBackAlerts {

    /** Tenants whose alerts never commit. */
    public static final String PREFIX = "it-rolled-back";

    void onAlertsChanged(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 900) AlertsChanged changed) {
        if (changed.tenantId().startsWith(PREFIX)) {
            throw new IllegalStateException("The alerts of " + changed.tenantId() + " roll back, as the test wants");
        }
    }
}
