package com.customerhealth.alerts;

import java.util.List;

/**
 * Fired, as a CDI event, inside the transaction that raised or resolved alerts of {@code tenantId}: observers
 * in the transaction write what must be sent with it (the outbox), observers that wait for the commit hear
 * only of alerts that were stored.
 *
 * @param tenantId the tenant whose alerts changed
 * @param raised   the alerts raised, open, in the order they were raised
 * @param resolved the alerts resolved
 */
public record AlertsChanged(String tenantId, List<StoredAlert> raised, List<StoredAlert> resolved) {

    public AlertsChanged {
        raised = List.copyOf(raised);
        resolved = List.copyOf(resolved);
    }
}
