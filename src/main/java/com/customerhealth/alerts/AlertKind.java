package com.customerhealth.alerts;

import java.util.Arrays;

/** What an alert warns of. Each kind is switched on or off and tuned per tenant in {@link AlertRules}. */
public enum AlertKind {
    /** A customer or company entered a worse band: healthy to average or poor, average to poor. */
    BAND_DROP("band_drop"),
    /** The score fell by at least N points below its highest within the last D days. */
    SCORE_DROP("score_drop"),
    /** A customer opened far more tickets in the last window than it usually does. */
    TICKET_SPIKE("ticket_spike"),
    /** A rating at the bottom of its scale. */
    LOW_CSAT("low_csat");

    private final String key;

    AlertKind(String key) {
        this.key = key;
    }

    /** The kind as the API, the settings and the texts name it. */
    public String key() {
        return key;
    }

    /** The kind named {@code key} as {@link #key()} writes it. */
    public static AlertKind fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown alert kind '" + key + "'"));
    }
}
