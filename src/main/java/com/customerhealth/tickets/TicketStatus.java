package com.customerhealth.tickets;

import java.util.Arrays;

/** The statuses a helpdesk ticket goes through; solved and closed ones no longer count as open. */
public enum TicketStatus {
    NEW("new"),
    OPEN("open"),
    PENDING("pending"),
    ON_HOLD("on_hold"),
    SOLVED("solved"),
    CLOSED("closed");

    private final String key;

    TicketStatus(String key) {
        this.key = key;
    }

    /** The status as events and the database name it. */
    public String key() {
        return key;
    }

    /** Whether a ticket in this status still waits for something. */
    public boolean isOpen() {
        return this != SOLVED && this != CLOSED;
    }

    /** The status named {@code key} as {@link #key()} writes it. */
    public static TicketStatus fromKey(String key) {
        return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown ticket status '" + key + "'; one of "
                        + Arrays.stream(values()).map(TicketStatus::key).toList()));
    }
}
