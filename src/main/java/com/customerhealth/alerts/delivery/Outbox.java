package com.customerhealth.alerts.delivery;

import com.customerhealth.alerts.AlertsChanged;
import com.customerhealth.alerts.StoredAlert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes what must be sent into the outbox, in the transaction that raised or resolved the alerts: a
 * message is stored exactly when its change is, so nothing is lost when the server dies after the commit
 * and nothing is sent for a change that rolled back. A webhook's delivery is due at once, an e-mail's at
 * the end of the digest interval it falls in.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Destinations destinations;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    DeliverySettings settings;

    @Inject
    MailSettings mail;

    @Inject
    Clock clock;

    @Inject
    Event<OutboxWritten> written;

    private AlertMessages messages;

    void onAlertsChanged(@Observes AlertsChanged changed) {
        List<Destination> listening = destinations.of(changed.tenantId()).stream().filter(Destination::enabled).toList();
        if (listening.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int count = 0;
        for (StoredAlert alert : changed.raised()) {
            count += write(listening, alert, messages().raised(changed.tenantId(), alert), now);
        }
        for (StoredAlert alert : changed.resolved()) {
            count += write(listening, alert, messages().resolved(changed.tenantId(), alert), now);
        }
        if (count > 0) {
            written.fire(new OutboxWritten(changed.tenantId(), count));
        }
    }

    /** Writes a test message for {@code destination}, due at once, asked for by {@code user}; answers it. */
    public Delivery writeTest(Destination destination, String user) {
        Instant now = clock.instant();
        Delivery delivery = new Delivery(destination.tenantId(), UUID.randomUUID().toString(), destination.id(),
                messages().test(destination.tenantId(), destination.id(), user, now), now, now);
        deliveries.add(delivery);
        written.fire(new OutboxWritten(destination.tenantId(), 1));
        return delivery;
    }

    private int write(List<Destination> listening, StoredAlert alert, OutgoingMessage message, Instant now) {
        int count = 0;
        for (Destination destination : listening) {
            if (destination.wants(alert.kind())) {
                Instant due = destination.channel() == Channel.EMAIL ? mail.digestDue(now) : now;
                deliveries.add(new Delivery(destination.tenantId(), UUID.randomUUID().toString(), destination.id(),
                        message, now, due));
                count++;
            }
        }
        return count;
    }

    private AlertMessages messages() {
        if (messages == null) {
            messages = new AlertMessages(settings.eventSource());
        }
        return messages;
    }
}
