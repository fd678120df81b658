package com.customerhealth.alerts.delivery;

import java.util.Arrays;

/** Where a delivery stands: still to be sent, received, or given up after its time. */
public enum DeliveryState {
    PENDING("pending"),
    DELIVERED("delivered"),
    FAILED("failed");

    private final String key;

    DeliveryState(String key) {
        this.key = key;
    }

    /** The word the API and the store use. */
    public String key() {
        return key;
    }

    /** The state called {@code key}. */
    public static DeliveryState fromKey(String key) {
        return Arrays.stream(values()).filter(state -> state.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No delivery state '" + key + "'"));
    }
}
