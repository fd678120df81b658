package com.customerhealth.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/** The recorded payloads under {@code src/test/resources/adapters/}, and what a mapping is given with them. */
public final class RecordedWebhooks {

    /** The tenant the unit tests map for. */
    public static final String TENANT = "unit-tenant";
    /** When the unit tests' requests arrive. */
    public static final Instant RECEIVED = Instant.parse("2026-01-05T09:00:00Z");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordedWebhooks() {
    }

    /** The bytes of {@code adapters/<path>}. */
    public static byte[] bytes(String path) {
        try (InputStream in = RecordedWebhooks.class.getResourceAsStream("/adapters/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No recorded payload adapters/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code body} as JSON. */
    public static JsonNode json(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The context of a request for {@link #TENANT} without a configured source. */
    public static WebhookContext context() {
        return new WebhookContext(TENANT, Optional.empty(), RECEIVED);
    }
}
