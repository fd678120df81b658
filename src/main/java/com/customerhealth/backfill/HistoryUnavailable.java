package com.customerhealth.backfill;

import java.time.Duration;

/**
 * The helpdesk did not give the page. With a {@link #retryAfter()} (a 429 with its {@code Retry-After}, a
 * 503, a connection refused) the page is asked for again after that long; without one ({@link #permanent}:
 * credentials refused, no such helpdesk, an answer that cannot be read) the backfill stops as failed, its
 * cursor kept, with the message shown to the admin.
 */
public class HistoryUnavailable extends RuntimeException {

    private final transient Duration retryAfter;

    private HistoryUnavailable(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** Ask again after {@code wait}. */
    public static HistoryUnavailable retryAfter(Duration wait, String message) {
        return new HistoryUnavailable(message, wait, null);
    }

    /** Ask again after {@code wait}, having failed with {@code cause}. */
    public static HistoryUnavailable retryAfter(Duration wait, String message, Throwable cause) {
        return new HistoryUnavailable(message, wait, cause);
    }

    /** Asking again will not help. */
    public static HistoryUnavailable permanent(String message) {
        return new HistoryUnavailable(message, null, null);
    }

    /** Asking again will not help, having failed with {@code cause}. */
    public static HistoryUnavailable permanent(String message, Throwable cause) {
        return new HistoryUnavailable(message, null, cause);
    }

    /** How long to wait before asking again; {@code null}: do not. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
