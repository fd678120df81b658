package com.customerhealth.adapters;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short fingerprint of a webhook's body, for the id of a change the helpdesk gives no id or version of
 * (a contact edited): the same body sent again has the same fingerprint, so its redelivery is a duplicate,
 * and another edit has another.
 *
 * <pre>{@code
 * String id = "chatwoot-contact-12-" + BodyDigest.of(request.body()); // chatwoot-contact-12-3f2a9c0d11e4b7a5
 * }</pre>
 */
public final class BodyDigest {

    private BodyDigest() {
    }

    /** The first 16 hex digits of the SHA-256 of {@code body}. */
    public static String of(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The runtime has no SHA-256", e);
        }
    }
}
