package com.customerhealth.events;

import com.customerhealth.platform.WebhookSigning;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

/**
 * The Standard Webhooks headers of a request: {@code webhook-id}, {@code webhook-timestamp} (Unix seconds)
 * and {@code webhook-signature}, one or more space-separated {@code v1,<base64 HMAC-SHA256>} over
 * {@code id.timestamp.body}.
 */
public record WebhookSignature(String id, String timestamp, String signatures) {

    /** How far the timestamp may be from now, either way, before the request counts as a replay. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Thrown when the request is not signed as it must be; the message says how. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Checks these headers sign {@code body} with {@code secret} at a time within {@link #TOLERANCE} of
     * {@code now}.
     *
     * @throws Refused naming what is missing or wrong
     */
    public void verify(String secret, String body, Instant now) {
        if (isBlank(id) || isBlank(timestamp) || isBlank(signatures)) {
            throw new Refused("The request must be signed: headers webhook-id, webhook-timestamp and webhook-signature");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new Refused("webhook-timestamp must be Unix seconds, not '" + timestamp + "'");
        }
        long off = Math.abs(now.getEpochSecond() - seconds);
        if (off > TOLERANCE.toSeconds()) {
            throw new Refused("webhook-timestamp is " + off + " s away from the server's time; at most "
                    + TOLERANCE.toSeconds() + " s is accepted");
        }
        byte[] expected = sign(secret, id, seconds, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : signatures.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return;
            }
        }
        throw new Refused("No signature in webhook-signature matches the body signed with the tenant's secret");
    }

    /** The {@code v1,...} signature of {@code body} under {@code secret}, as a sender writes it. */
    public static String sign(String secret, String id, long timestamp, String body) {
        return WebhookSigning.sign(secret, id, timestamp, body);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
