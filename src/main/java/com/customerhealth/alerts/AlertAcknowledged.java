package com.customerhealth.alerts;

/**
 * Fired, as a CDI event, inside the transaction in which someone acknowledged an open alert of
 * {@code tenantId}; observers that wait for the commit hear only of acknowledgements that were stored.
 *
 * @param tenantId the tenant of the alert
 * @param alert    the alert, acknowledged
 */
public record AlertAcknowledged(String tenantId, StoredAlert alert) {
}
