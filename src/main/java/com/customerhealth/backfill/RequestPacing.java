package com.customerhealth.backfill;

/**
 * Keeps a backfill within the helpdesk's rate limit: a reader calls {@link #beforeRequest()} before each
 * HTTP request it makes, and is held back as long as needed.
 */
@FunctionalInterface
public interface RequestPacing {

    /** Waits until the next request may go. */
    void beforeRequest() throws InterruptedException;
}
