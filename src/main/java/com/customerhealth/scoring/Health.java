package com.customerhealth.scoring;

import java.util.Arrays;

/** The colour of a customer's or company's score. */
public enum Health {
    /** Green: the score reaches the healthy cut-off. */
    HEALTHY("healthy"),
    /** Yellow: the score reaches the average cut-off but not the healthy one. */
    AVERAGE("average"),
    /** Red: the score is below the average cut-off. */
    POOR("poor"),
    /** Grey: no enabled parameter has a value, so there is no score. */
    NO_DATA("no_data");

    private final String key;

    Health(String key) {
        this.key = key;
    }

    /** The colour as the API and the pages name it. */
    public String key() {
        return key;
    }

    /** The health named {@code key} as {@link #key()} writes it. */
    public static Health fromKey(String key) {
        return Arrays.stream(values()).filter(health -> health.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown health '" + key + "'"));
    }
}
