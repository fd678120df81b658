package com.customerhealth.alerts.delivery;

import java.time.Instant;

/**
 * What one attempt at a delivery came to.
 *
 * @param at        when it was made
 * @param status    the receiver's HTTP status, or none when it could not be reached or for e-mail
 * @param latencyMs how long it took, in milliseconds
 * @param error     what went wrong, or none when it was delivered
 */
public record Attempt(Instant at, Integer status, long latencyMs, String error) {

    /** Whether the receiver took it. */
    public boolean delivered() {
        return error == null;
    }
}
