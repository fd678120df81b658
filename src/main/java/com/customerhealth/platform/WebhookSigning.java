package com.customerhealth.platform;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Standard Webhooks signatures, the one signer of the plugin: the events it takes are checked with it, the
 * alerts it sends are signed with it.
 *
 * <pre>{@code
 * WebhookSigning.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
 *         "{\"test\": 2432232314}");   // v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=
 * }</pre>
 */
public final class WebhookSigning {

    /** How Standard Webhooks writes the secrets it issues: this prefix, then the key's bytes in base64. */
    public static final String ISSUED_PREFIX = "whsec_";

    private WebhookSigning() {
    }

    /** The {@code v1,<base64>} signature of {@code body} under {@code secret}, as a sender writes it. */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            return new Webhook(keyOf(secret)).sign(id, timestamp, body);
        } catch (EmptyWebhookSecretException e) {
            throw new IllegalArgumentException("The webhook secret is empty", e);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** A secret issued as {@code whsec_<base64>} is those bytes; any other is its UTF-8 bytes. */
    public static byte[] keyOf(String secret) {
        return secret.startsWith(ISSUED_PREFIX)
                ? Base64.getDecoder().decode(secret.substring(ISSUED_PREFIX.length()))
                : secret.getBytes(StandardCharsets.UTF_8);
    }
}
