package com.customerhealth.scoring;

import java.util.Arrays;

/** Where one parameter's value falls between its two thresholds. */
public enum Band {
    GOOD("good"),
    AVERAGE("average"),
    POOR("poor"),
    /** The parameter has no value (nothing to average in the window); it is left out of the score. */
    NO_DATA("no_data");

    private final String key;

    Band(String key) {
        this.key = key;
    }

    /** The band as the API and the pages name it. */
    public String key() {
        return key;
    }

    /** The band named {@code key} as {@link #key()} writes it. */
    public static Band fromKey(String key) {
        return Arrays.stream(values()).filter(band -> band.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown band '" + key + "'"));
    }
}
