package com.customerhealth.platform;

/**
 * A change an admin asked for that cannot be made as things stand (a backfill still going, an e-mail
 * subscription while no SMTP server is configured): answered 409 with its message by
 * {@link ChangeRefusedAnswer}, nothing changed.
 */
public class ChangeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChangeRefused(String message) {
        super(message);
    }
}
