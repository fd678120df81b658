package com.customerhealth.adapters.zendesk;

import static com.customerhealth.adapters.RecordedWebhooks.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.adapters.RecordedWebhooks;
import com.customerhealth.adapters.SignatureRefused;
import com.customerhealth.adapters.WebhookContext;
import com.customerhealth.adapters.WebhookMapping;
import com.customerhealth.adapters.WebhookRequest;
import com.customerhealth.events.HelpdeskEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZendeskWebhooksTest {

    private static final String SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==";
    private static final String SIGNED_AT = "2026-01-05T09:00:00Z";
    private final ZendeskWebhooks adapter = new ZendeskWebhooks();

    private static WebhookRequest signed(byte[] body, String secret, String timestamp) {
        return WebhookRequest.of(Map.of(ZendeskWebhooks.SIGNATURE, ZendeskWebhooks.sign(secret, timestamp, body),
                ZendeskWebhooks.TIMESTAMP, timestamp), body);
    }

    @Test
    void theSignatureIsTheBase64HmacSha256OfTimestampAndBody() {
        // printf '%s' '2026-01-05T09:00:00Z{"a":1}' | openssl dgst -sha256 -hmac key -binary | base64
        assertEquals("VHO2oNawys2tyOiJRLMU86FMRVVzdV3LgDxGGgo4LPI=",
                ZendeskWebhooks.sign("key", SIGNED_AT, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBodySignedWithTheSecretIsAccepted() {
        byte[] body = RecordedWebhooks.bytes("zendesk/ticket_created.json");
        adapter.verify(signed(body, SECRET, SIGNED_AT), SECRET, Instant.parse(SIGNED_AT).plusSeconds(299));
    }

    @ParameterizedTest
    @CsvSource({"another-secret", "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ="})
    void aBodySignedWithAnotherSecretIsRefused(String other) {
        byte[] body = RecordedWebhooks.bytes("zendesk/ticket_created.json");
        SignatureRefused refused = assertThrows(SignatureRefused.class,
                () -> adapter.verify(signed(body, other, SIGNED_AT), SECRET, Instant.parse(SIGNED_AT)));
        assertTrue(refused.getMessage().contains("does not match"), refused.getMessage());
    }

    @Test
    void anotherBodyUnderTheSignatureIsRefused() {
        byte[] body = RecordedWebhooks.bytes("zendesk/ticket_created.json");
        WebhookRequest request = signed(body, SECRET, SIGNED_AT);
        WebhookRequest tampered = WebhookRequest.of(request.headers(), "{}".getBytes(StandardCharsets.UTF_8));
        assertThrows(SignatureRefused.class, () -> adapter.verify(tampered, SECRET, Instant.parse(SIGNED_AT)));
    }

    @ParameterizedTest
    @CsvSource({"301", "-301", "86400"})
    void aTimestampMoreThanFiveMinutesOffIsRefused(long secondsOff) {
        byte[] body = RecordedWebhooks.bytes("zendesk/ticket_created.json");
        SignatureRefused refused = assertThrows(SignatureRefused.class, () -> adapter.verify(
                signed(body, SECRET, SIGNED_AT), SECRET, Instant.parse(SIGNED_AT).plusSeconds(secondsOff)));
        assertTrue(refused.getMessage().contains("away from the server's time"), refused.getMessage());
    }

    @Test
    void missingHeadersOrATimestampThatIsNoTimeAreRefused() {
        byte[] body = RecordedWebhooks.bytes("zendesk/ticket_created.json");
        Instant now = Instant.parse(SIGNED_AT);
        assertThrows(SignatureRefused.class, () -> adapter.verify(WebhookRequest.of(Map.of(), body), SECRET, now));
        assertThrows(SignatureRefused.class, () -> adapter.verify(WebhookRequest.of(Map.of(ZendeskWebhooks.SIGNATURE,
                ZendeskWebhooks.sign(SECRET, SIGNED_AT, body)), body), SECRET, now));
        assertThrows(SignatureRefused.class, () -> adapter.verify(signed(body, SECRET, "1736327527"), SECRET, now));
    }

    @Test
    void theConfiguredSourceNamesTheAccountOfEveryEvent() {
        byte[] body = RecordedWebhooks.bytes("zendesk/ticket_status_changed.json");
        WebhookMapping mapping = adapter.map(RecordedWebhooks.json(body), signed(body, SECRET, SIGNED_AT),
                new WebhookContext(TENANT, Optional.of("https://Acme.zendesk.com/"), RecordedWebhooks.RECEIVED));
        List<HelpdeskEvent> events = mapping.events();
        assertEquals(List.of("https://acme.zendesk.com"), events.stream().map(e -> e.header().source()).toList());
        assertEquals(List.of(TENANT), events.stream().map(e -> e.header().tenantId()).toList());
    }

    @Test
    void withoutAConfiguredSourceAWebhookIsSkippedNamingTheKey() {
        byte[] body = RecordedWebhooks.bytes("zendesk/ticket_status_changed.json");
        WebhookMapping mapping = adapter.map(RecordedWebhooks.json(body), signed(body, SECRET, SIGNED_AT),
                RecordedWebhooks.context());
        assertTrue(mapping.isSkipped());
        assertEquals("a8b9c1d2-3e4f-5a6b-7c8d-9e0f1a2b3c4d", mapping.skippedId());
        assertTrue(mapping.skipped().contains("chm.adapters.zendesk.source"), mapping.skipped());
    }

    @Test
    void aWebhookOfNoTicketIsSkippedWithItsDeliveryId() {
        byte[] body = RecordedWebhooks.bytes("zendesk/user_active_changed.json");
        WebhookMapping mapping = adapter.map(RecordedWebhooks.json(body), signed(body, SECRET, SIGNED_AT),
                new WebhookContext(TENANT, Optional.of("https://acme.zendesk.com"), RecordedWebhooks.RECEIVED));
        assertEquals("2b24ef10-19d4-4740-93cf-8f98ec4776c0", mapping.skippedId());
        assertTrue(mapping.skipped().contains("not a ticket event"), mapping.skipped());
    }
}
