package com.customerhealth.alerts.delivery;

import com.customerhealth.tenancy.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One message for one subscription in the outbox: written in the transaction of the change it tells, kept
 * as it will be sent, pending until its receiver took it or its time ran out.
 */
@Entity
@Table(name = "alert_delivery")
@IdClass(TenantKey.class)
public class Delivery {

    /** The longest error kept; the rest of a long one says nothing more. */
    static final int ERROR_LENGTH = 500;

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "delivery_id", length = 64)
    private String id;

    @Column(name = "subscription_id", length = 64, nullable = false)
    private String subscriptionId;

    @Column(name = "event_id", length = 128, nullable = false)
    private String eventId;

    @Column(name = "event_type", length = 64, nullable = false)
    private String eventType;

    @Column(name = "alert_id", length = 64)
    private String alertId;

    @Lob
    @Column(name = "payload", nullable = false)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "state", length = 16, nullable = false)
    private String state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "lease_owner", length = 64)
    private String leaseOwner;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Delivery() {
    }

    /** A pending delivery of {@code message} to {@code subscriptionId}, due at {@code due}. */
    Delivery(String tenantId, String id, String subscriptionId, OutgoingMessage message, Instant createdAt, Instant due) {
        this.tenantId = tenantId;
        this.id = id;
        this.subscriptionId = subscriptionId;
        this.eventId = message.id();
        this.eventType = message.type();
        this.alertId = message.alertId();
        this.payload = message.payload();
        this.createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        this.nextAttemptAt = due.truncatedTo(ChronoUnit.MILLIS);
        this.state = DeliveryState.PENDING.key();
    }

    /** Notes an attempt's outcome: delivered, tried again at {@code next}, or, without one, failed for good. */
    void attempted(Attempt attempt, boolean delivered, Instant next) {
        attempts++;
        lastAttemptAt = attempt.at().truncatedTo(ChronoUnit.MILLIS);
        lastStatus = attempt.status();
        lastError = clip(attempt.error());
        leaseUntil = null;
        leaseOwner = null;
        if (delivered) {
            state = DeliveryState.DELIVERED.key();
            nextAttemptAt = null;
            finishedAt = lastAttemptAt;
        } else if (next == null) {
            state = DeliveryState.FAILED.key();
            nextAttemptAt = null;
            finishedAt = lastAttemptAt;
        } else {
            nextAttemptAt = next.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    static String clip(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }

    public String tenantId() {
        return tenantId;
    }

    public String id() {
        return id;
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String alertId() {
        return alertId;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DeliveryState state() {
        return DeliveryState.fromKey(state);
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
