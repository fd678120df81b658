package com.customerhealth.alerts.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One attempt at a delivery, as the delivery log shows it. */
@Entity
@Table(name = "alert_delivery_attempt")
@IdClass(DeliveryAttemptKey.class)
public class DeliveryAttempt {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "delivery_id", length = 64)
    private String deliveryId;

    @Id
    @Column(name = "attempt")
    private int attempt;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status")
    private Integer status;

    @Column(name = "latency_ms", nullable = false)
    private long latencyMs;

    @Column(name = "error", length = Delivery.ERROR_LENGTH)
    private String error;

    protected DeliveryAttempt() {
    }

    /** The {@code number}-th attempt at {@code delivery}. */
    DeliveryAttempt(Delivery delivery, int number, Attempt attempt) {
        this.tenantId = delivery.tenantId();
        this.deliveryId = delivery.id();
        this.attempt = number;
        this.attemptedAt = attempt.at().truncatedTo(ChronoUnit.MILLIS);
        this.status = attempt.status();
        this.latencyMs = attempt.latencyMs();
        this.error = Delivery.clip(attempt.error());
    }

    public String deliveryId() {
        return deliveryId;
    }

    public int attempt() {
        return attempt;
    }

    public Instant attemptedAt() {
        return attemptedAt;
    }

    public Integer status() {
        return status;
    }

    public long latencyMs() {
        return latencyMs;
    }

    public String error() {
        return error;
    }
}
