package com.customerhealth.alerts;

import java.util.Arrays;

/** Where an alert is in its life: raised, seen by someone, or over. */
public enum AlertState {
    /** Raised and not yet seen. */
    OPEN("open"),
    /** Someone has seen it; it still resolves by itself when its cause is gone. */
    ACKNOWLEDGED("acknowledged"),
    /** Its cause is gone; it stays in the record, and still counts for the cool-down. */
    RESOLVED("resolved");

    private final String key;

    AlertState(String key) {
        this.key = key;
    }

    /** The state as the API names it. */
    public String key() {
        return key;
    }

    /** Whether the alert can still resolve: it is open or acknowledged. */
    public boolean isActive() {
        return this != RESOLVED;
    }

    /** The state named {@code key} as {@link #key()} writes it. */
    public static AlertState fromKey(String key) {
        return Arrays.stream(values()).filter(state -> state.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown alert state '" + key + "'"));
    }
}
