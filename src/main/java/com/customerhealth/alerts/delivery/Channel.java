package com.customerhealth.alerts.delivery;

import java.util.Arrays;

/** How a subscription hears of alerts: each change as a signed webhook, or a digest by e-mail. */
public enum Channel {
    WEBHOOK("webhook"),
    EMAIL("email");

    private final String key;

    Channel(String key) {
        this.key = key;
    }

    /** The word the API and the store use. */
    public String key() {
        return key;
    }

    /** The channel called {@code key}. */
    public static Channel fromKey(String key) {
        return Arrays.stream(values()).filter(channel -> channel.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No channel '" + key + "'"));
    }
}
