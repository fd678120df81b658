package com.customerhealth.alerts.delivery;

import com.customerhealth.alerts.AlertsResource;
import com.customerhealth.alerts.StoredAlert;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The CloudEvents 1.0 (structured JSON) a subscription receives: {@value #RAISED} and {@value #RESOLVED},
 * whose {@code data} is the alert as {@code GET api/v1/alerts/{id}} answers it at that moment, and
 * {@value #TEST}, sent when an admin asks for one. Every event carries its tenant as the extension
 * attribute {@code tenant} and the alert's subject as {@code subject} ({@code customer/<id>}).
 *
 * <pre>{@code
 * {"specversion": "1.0", "id": "9b2f…/raised", "source": "urn:customer-health-monitor",
 *  "type": "com.customerhealth.alert.raised", "subject": "customer/ada", "time": "2026-12-07T10:15:00Z",
 *  "datacontenttype": "application/json", "tenant": "default", "data": {"id": "9b2f…", "kind": "band_drop", …}}
 * }</pre>
 */
public final class AlertMessages {

    /** An alert was raised. */
    public static final String RAISED = "com.customerhealth.alert.raised";
    /** An alert resolved itself: its subject is back where it was. */
    public static final String RESOLVED = "com.customerhealth.alert.resolved";
    /** A test an admin asked for, to check that a receiver takes what it is sent. */
    public static final String TEST = "com.customerhealth.alert.test";

    private static final JsonProvider JSON = JsonProvider.provider();

    private final String source;

    /** Messages whose {@code source} attribute is {@code source}, a URI reference naming this install. */
    public AlertMessages(String source) {
        this.source = source;
    }

    /** The message that {@code alert} was raised: its id is the alert's, followed by {@code /raised}. */
    public OutgoingMessage raised(String tenantId, StoredAlert alert) {
        return of(tenantId, alert, RAISED, "/raised", alert.raisedAt());
    }

    /** The message that {@code alert} resolved: its id is the alert's, followed by {@code /resolved}. */
    public OutgoingMessage resolved(String tenantId, StoredAlert alert) {
        return of(tenantId, alert, RESOLVED, "/resolved", alert.resolvedAt());
    }

    /** A test message for the subscription {@code subscriptionId}, asked for by {@code user} at {@code at}. */
    public OutgoingMessage test(String tenantId, String subscriptionId, String user, Instant at) {
        String id = "test-" + UUID.randomUUID();
        JsonObject data = JSON.createObjectBuilder()
                .add("message", "A test event from Customer Health Monitor: this receiver is set up to hear of alerts.")
                .add("subscription", subscriptionId).add("requestedBy", user).build();
        return new OutgoingMessage(id, TEST, null, envelope(tenantId, id, TEST, "subscription/" + subscriptionId, at, data));
    }

    private OutgoingMessage of(String tenantId, StoredAlert alert, String type, String suffix, Instant at) {
        String id = alert.id() + suffix;
        String subject = alert.subject().type().key() + "/" + alert.subject().id();
        return new OutgoingMessage(id, type, alert.id(), envelope(tenantId, id, type, subject, at,
                AlertsResource.json(alert)));
    }

    private String envelope(String tenantId, String id, String type, String subject, Instant at, JsonObject data) {
        return JSON.createObjectBuilder().add("specversion", "1.0").add("id", id).add("source", source)
                .add("type", type).add("subject", subject).add("time", at.truncatedTo(ChronoUnit.MILLIS).toString())
                .add("datacontenttype", "application/json").add("tenant", tenantId).add("data", data).build().toString();
    }
}
