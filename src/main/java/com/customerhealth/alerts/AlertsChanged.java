package com.customerhealth.alerts;

/**
 * Fired, as a CDI event, inside the transaction that raised or resolved alerts of {@code tenantId}: observers
 * that wait for the commit hear only of alerts that were stored.
 *
 * @param tenantId the tenant whose alerts changed
 */
public record AlertsChanged(String tenantId) {
}
