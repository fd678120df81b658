package com.customerhealth.testing;

import com.customerhealth.events.EventData;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A helpdesk posting events to the plugin: CloudEvents JSON, signed with the tenant's secret as the
 * integration tests configure it (arquillian.xml).
 */
public final class SignedEvents {

    /** The secret of the default tenant in the integration tests. */
    public static final String DEFAULT_SECRET = "it-default-secret";
    /** The secret of tenant {@link TestUsers#OTHER_TENANT}, as Standard Webhooks issues them. */
    public static final String OTHER_TENANT_SECRET = "whsec_aXQtb3RoZXItc2VjcmV0";

    private final URI endpoint;

    public SignedEvents(URL base) {
        try {
            this.endpoint = base.toURI().resolve("api/v1/events");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** {@code event} as a structured-mode CloudEvent. */
    public static JsonObject envelope(HelpdeskEvent event) {
        JsonObjectBuilder envelope = Json.createObjectBuilder()
                .add("specversion", "1.0")
                .add("id", event.header().id())
                .add("source", event.header().source())
                .add("type", event.type())
                .add("time", event.header().occurredAt().toString())
                .add("datacontenttype", "application/json")
                .add("data", EventData.encode(event));
        if (!"default".equals(event.header().tenantId())) {
            envelope.add("tenant", event.header().tenantId());
        }
        return envelope.build();
    }

    /** Posts {@code events} as one batch, signed with the secret of their tenant. */
    public HttpResponse<String> postBatch(List<? extends HelpdeskEvent> events) {
        return postBatch(events, Instant.now());
    }

    /** Posts {@code events} as one batch, signed at {@code signedAt} (the server's clock, when a test moved it). */
    public HttpResponse<String> postBatch(List<? extends HelpdeskEvent> events, Instant signedAt) {
        JsonArrayBuilder batch = Json.createArrayBuilder();
        events.forEach(event -> batch.add(envelope(event)));
        String tenant = events.get(0).header().tenantId();
        return post("application/cloudevents-batch+json", batch.build().toString(), secretOf(tenant), signedAt);
    }

    /** Posts {@code event} alone, signed with the secret of its tenant. */
    public HttpResponse<String> postOne(HelpdeskEvent event) {
        return post("application/cloudevents+json", envelope(event).toString(), secretOf(event.header().tenantId()),
                Instant.now());
    }

    /** Posts {@code body} as {@code contentType}, signed with {@code secret} at {@code signedAt}; null: unsigned. */
    public HttpResponse<String> post(String contentType, String body, String secret, Instant signedAt) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            String id = "msg_" + UUID.randomUUID();
            long timestamp = signedAt.getEpochSecond();
            request.header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(secret, id, timestamp, body));
        }
        return Api.exchange(request.build());
    }

    private static String secretOf(String tenant) {
        return TestUsers.OTHER_TENANT.equals(tenant) ? OTHER_TENANT_SECRET : DEFAULT_SECRET;
    }
}
