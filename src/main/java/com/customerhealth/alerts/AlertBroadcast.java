package com.customerhealth.alerts;

import com.customerhealth.health.ChangeStreamMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.stream.Stream;

/**
 * Tells the open pages of a tenant of every alert raised, resolved or acknowledged, once it is committed:
 * an {@value #EVENT} event on the change stream whose data is the alert as {@code GET api/v1/alerts/{id}}
 * answers it, so a page shows the new state without asking again. An alert of a transaction that rolled
 * back is never told.
 */
@ApplicationScoped
public class AlertBroadcast {

    /** The name of the change stream's event that carries an alert. */
    public static final String EVENT = "alert";

    @Inject
    Event<ChangeStreamMessage> stream;

    void alertsCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsChanged changed) {
        Stream.concat(changed.raised().stream(), changed.resolved().stream())
                .forEach(alert -> tell(changed.tenantId(), alert));
    }

    void acknowledgementCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertAcknowledged acknowledged) {
        tell(acknowledged.tenantId(), acknowledged.alert());
    }

    private void tell(String tenantId, StoredAlert alert) {
        stream.fire(new ChangeStreamMessage(tenantId, EVENT, AlertsResource.json(alert).toString()));
    }
}
