package com.customerhealth.adapters.zendesk;

import com.customerhealth.adapters.HelpdeskWebhooks;
import com.customerhealth.adapters.Payload;
import com.customerhealth.adapters.SignatureRefused;
import com.customerhealth.adapters.WebhookContext;
import com.customerhealth.adapters.WebhookMapping;
import com.customerhealth.adapters.WebhookRequest;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zendesk's webhooks subscribed to ticket events: {@code {type: "zen:event-type:ticket.<event>", id, time,
 * subject, detail, event}}, signed {@code X-Zendesk-Webhook-Signature: <base64 HMAC-SHA256(secret,
 * X-Zendesk-Webhook-Signature-Timestamp + body)>} with the webhook's signing secret. A timestamp more than
 * {@link #TOLERANCE} away from now is refused as a replay. The payload names no account address, so the
 * events' source is {@code chm.adapters.zendesk.source}, the account's {@code https://<subdomain>.zendesk.com}:
 * without it a webhook is skipped, as its events could not be told from a backfill's of the same account.
 * {@link ZendeskEvents} maps the payload.
 *
 * <pre>{@code
 * new ZendeskWebhooks().verify(request, "signing secret", Instant.now());
 * new ZendeskWebhooks().map(json, request, context).events(); // [ticket.status_changed]
 * }</pre>
 */
@ApplicationScoped
public class ZendeskWebhooks implements HelpdeskWebhooks {

    /** The header of the signature. */
    static final String SIGNATURE = "X-Zendesk-Webhook-Signature";
    /** The header of the time the request was signed, ISO 8601. */
    static final String TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp";
    /** How far the signing time may be from now, either way. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Override
    public String name() {
        return "zendesk";
    }

    @Override
    public String title() {
        return "Zendesk";
    }

    @Override
    public void verify(WebhookRequest request, String secret, Instant now) {
        String signature = request.header(SIGNATURE);
        String timestamp = request.header(TIMESTAMP);
        if (signature == null || timestamp == null) {
            throw new SignatureRefused("The request must be signed: headers " + SIGNATURE + " and " + TIMESTAMP
                    + " are required; Zendesk sends them from every webhook");
        }
        Instant signedAt = Payload.instantOf(timestamp);
        if (signedAt == null) {
            throw new SignatureRefused(TIMESTAMP + " must be an ISO 8601 time, not '" + Payload.shown(timestamp) + "'");
        }
        long off = Math.abs(Duration.between(signedAt, now).toSeconds());
        if (off > TOLERANCE.toSeconds()) {
            throw new SignatureRefused(TIMESTAMP + " is " + off + " s away from the server's time; at most "
                    + TOLERANCE.toSeconds() + " s is accepted");
        }
        byte[] expected = sign(secret, timestamp, request.body()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new SignatureRefused(SIGNATURE + " does not match the body signed with the secret configured for"
                    + " Zendesk and this tenant; copy the webhook's signing secret from Zendesk's Admin Center");
        }
    }

    /** The base64 HMAC-SHA256, keyed by {@code secret}, of {@code timestamp} followed by {@code body}. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The runtime has no HmacSHA256", e);
        }
    }

    @Override
    public WebhookMapping map(JsonNode payload, WebhookRequest request, WebhookContext context) {
        Payload event = new Payload(payload);
        String id = event.text("id");
        if (context.source().isEmpty()) {
            return WebhookMapping.skipped(id, "no source is configured for Zendesk: set chm.adapters.zendesk.source"
                    + " to the account's address, https://<subdomain>.zendesk.com");
        }
        String source;
        try {
            source = ZendeskEvents.sourceOf(new URI(context.source().get()));
        } catch (URISyntaxException e) {
            return WebhookMapping.skipped(id, "chm.adapters.zendesk.source is not an address: "
                    + Payload.shown(context.source().get()));
        }
        ZendeskEvents.Outcome outcome = new ZendeskEvents(context.tenant(), source).webhook(event);
        if (outcome instanceof ZendeskEvents.Outcome.Mapped mapped) {
            return WebhookMapping.events(mapped.events());
        }
        return WebhookMapping.skipped(id, ((ZendeskEvents.Outcome.Skipped) outcome).why());
    }
}
