package com.customerhealth.alerts.delivery;

import java.io.Serializable;
import java.util.Objects;

/** The key of an attempt: its tenant, its delivery and its number. */
public class DeliveryAttemptKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String tenantId;
    private String deliveryId;
    private int attempt;

    public DeliveryAttemptKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeliveryAttemptKey key && Objects.equals(tenantId, key.tenantId)
                && Objects.equals(deliveryId, key.deliveryId) && attempt == key.attempt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, deliveryId, attempt);
    }
}
