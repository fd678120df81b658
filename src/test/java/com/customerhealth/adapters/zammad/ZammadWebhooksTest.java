package com.customerhealth.adapters.zammad;

import static com.customerhealth.adapters.RecordedWebhooks.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.adapters.HexHmac;
import com.customerhealth.adapters.RecordedWebhooks;
import com.customerhealth.adapters.SignatureRefused;
import com.customerhealth.adapters.WebhookContext;
import com.customerhealth.adapters.WebhookMapping;
import com.customerhealth.adapters.WebhookRequest;
import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ZammadWebhooksTest {

    private static final String SECRET = "zammad-unit-secret";
    private final ZammadWebhooks adapter = new ZammadWebhooks();

    private static WebhookRequest signed(byte[] body, String secret) {
        return WebhookRequest.of(Map.of("X-Hub-Signature", "sha1=" + HexHmac.of(HexHmac.SHA1, secret, body),
                "X-Zammad-Delivery", "0a1b2c3d"), body);
    }

    @Test
    void aBodySignedWithTheSecretIsAccepted() {
        byte[] body = RecordedWebhooks.bytes("zammad/trigger-article.json");
        adapter.verify(signed(body, SECRET), SECRET, RecordedWebhooks.RECEIVED);
    }

    @Test
    void theSignatureIsTheHexHmacSha1OfTheBody() {
        byte[] body = "{\"ticket\":{}}".getBytes(StandardCharsets.UTF_8);
        // HMAC-SHA1("key", body) as `printf '{"ticket":{}}' | openssl dgst -sha1 -hmac key` prints it.
        WebhookRequest request = WebhookRequest.of(Map.of("x-hub-signature",
                "sha1=8ada61e4bc77c87c5b12f7ba22c7bc566442da7d"), body);
        adapter.verify(request, "key", RecordedWebhooks.RECEIVED);
    }

    @ParameterizedTest
    @CsvSource({"another-secret, does not match", "'', is missing"})
    void aBodySignedOtherwiseIsRefused(String signedWith, String said) {
        byte[] body = RecordedWebhooks.bytes("zammad/trigger-article.json");
        WebhookRequest request = signedWith.isEmpty() ? WebhookRequest.of(Map.of(), body) : signed(body, signedWith);
        SignatureRefused refused = assertThrows(SignatureRefused.class,
                () -> adapter.verify(request, SECRET, RecordedWebhooks.RECEIVED));
        assertTrue(refused.getMessage().contains(said), refused.getMessage());
    }

    @Test
    void aChangedBodyIsRefused() {
        byte[] body = RecordedWebhooks.bytes("zammad/trigger-article.json");
        WebhookRequest request = signed(body, SECRET);
        byte[] changed = new String(body, StandardCharsets.UTF_8).replace("\"open\"", "\"closed\"")
                .getBytes(StandardCharsets.UTF_8);
        WebhookRequest tampered = WebhookRequest.of(request.headers(), changed);
        assertThrows(SignatureRefused.class, () -> adapter.verify(tampered, SECRET, RecordedWebhooks.RECEIVED));
    }

    @Test
    void theDocumentedTriggerIsTheTicketItsPeopleItsStateAndTheArticle() {
        byte[] body = RecordedWebhooks.bytes("zammad/trigger-article.json");
        WebhookMapping mapping = adapter.map(RecordedWebhooks.json(body), signed(body, SECRET), RecordedWebhooks.context());

        Instant created = Instant.parse("2020-11-13T14:34:35.282Z");
        Instant organizationUpdated = Instant.parse("2020-11-13T14:34:35.346Z");
        Instant customerUpdated = Instant.parse("2020-11-13T14:34:37.366Z");
        Instant ticketUpdated = Instant.parse("2020-11-13T14:34:35.333Z");
        Instant article = Instant.parse("2020-11-13T14:34:35.318Z");
        assertEquals(List.of(
                new CompanyUpserted(header("zammad-organization-3-1605278075346", organizationUpdated), "3",
                        "Awesome Customer Inc.", Map.of()),
                new CustomerUpserted(header("zammad-user-8-1605278077366", customerUpdated), "8", "Emily Adams",
                        "emily@example.com", "3", Map.of()),
                new TicketCreated(header("zammad-ticket-81-created", created), "81", "8", "3", created,
                        TicketStatus.OPEN, "2 normal", "phone", "Webhook-Test"),
                new TicketStatusChanged(header("zammad-ticket-81-state-1605278075333", ticketUpdated), "81",
                        TicketStatus.OPEN, ticketUpdated),
                new TicketInteractionAdded(header("zammad-article-104", article), "81", "customer", article, true)),
                mapping.events());
    }

    @Test
    void aConfiguredSourceNamesTheInstance() {
        byte[] body = RecordedWebhooks.bytes("zammad/trigger-article.json");
        WebhookContext context = new WebhookContext(TENANT, Optional.of("https://zammad.example.com"),
                RecordedWebhooks.RECEIVED);
        assertTrue(adapter.map(RecordedWebhooks.json(body), signed(body, SECRET), context).events().stream()
                .allMatch(event -> event.header().source().equals("https://zammad.example.com")));
    }

    @Test
    void aCustomPayloadWithoutATicketIsSkippedSayingWhy() {
        byte[] body = RecordedWebhooks.bytes("zammad/trigger-no-ticket.json");
        WebhookMapping mapping = adapter.map(RecordedWebhooks.json(body), signed(body, SECRET), RecordedWebhooks.context());

        assertTrue(mapping.isSkipped());
        assertEquals("0a1b2c3d", mapping.skippedId());
        assertTrue(mapping.skipped().startsWith("no ticket.id in the payload"), mapping.skipped());
    }

    @ParameterizedTest
    @CsvSource({"new, NEW", "open, OPEN", "pending reminder, PENDING", "pending close, PENDING", "closed, CLOSED",
            "merged, CLOSED"})
    void zammadsStatesAreThePluginsStatuses(String state, TicketStatus status) {
        assertEquals(status, ZammadWebhooks.STATES.get(state));
    }

    @ParameterizedTest
    @CsvSource({"Customer, customer", "Agent, agent", "System, ", "'', "})
    void theArticlesSenderIsItsAuthor(String sender, String author) {
        assertEquals(author, ZammadWebhooks.authorOf(sender.isEmpty() ? null : sender));
    }

    private static EventHeader header(String id, Instant at) {
        return new EventHeader(TENANT, ZammadWebhooks.SOURCE, id, at);
    }
}
