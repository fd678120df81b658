package com.customerhealth.alerts;

import java.util.Arrays;

/** What kind of thing an alert is about. */
public enum SubjectType {
    CUSTOMER("customer"),
    COMPANY("company");

    private final String key;

    SubjectType(String key) {
        this.key = key;
    }

    /** The type as the API names it. */
    public String key() {
        return key;
    }

    /** The type named {@code key} as {@link #key()} writes it. */
    public static SubjectType fromKey(String key) {
        return Arrays.stream(values()).filter(type -> type.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown subject type '" + key + "'"));
    }
}
