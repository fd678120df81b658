package com.customerhealth.alerts.delivery;

/**
 * Fired in a transaction that wrote deliveries to the outbox; the senders hear of it once it committed, so
 * a message goes out as soon as it can and never before its change is stored.
 *
 * @param tenantId the tenant whose deliveries were written
 * @param count    how many
 */
public record OutboxWritten(String tenantId, int count) {
}
