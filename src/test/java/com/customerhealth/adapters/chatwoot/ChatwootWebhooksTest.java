package com.customerhealth.adapters.chatwoot;

import static com.customerhealth.adapters.RecordedWebhooks.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.adapters.HexHmac;
import com.customerhealth.adapters.RecordedWebhooks;
import com.customerhealth.adapters.SignatureRefused;
import com.customerhealth.adapters.WebhookMapping;
import com.customerhealth.adapters.WebhookRequest;
import com.customerhealth.events.CsatRated;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatwootWebhooksTest {

    private static final String SECRET = "chatwoot-unit-secret";
    private static final String ACCOUNT_1 = "urn:chatwoot:account:1";
    private final ChatwootWebhooks adapter = new ChatwootWebhooks();

    private static WebhookRequest signed(byte[] body, String secret, Instant at) {
        String timestamp = Long.toString(at.getEpochSecond());
        byte[] signedBytes = (timestamp + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return WebhookRequest.of(Map.of("X-Chatwoot-Timestamp", timestamp,
                "X-Chatwoot-Signature", "sha256=" + HexHmac.of(HexHmac.SHA256, secret, signedBytes)), body);
    }

    private WebhookMapping map(String fixture) {
        byte[] body = RecordedWebhooks.bytes("chatwoot/" + fixture);
        return adapter.map(RecordedWebhooks.json(body), signed(body, SECRET, RecordedWebhooks.RECEIVED),
                RecordedWebhooks.context());
    }

    @Test
    void aBodySignedWithTheSecretAndItsTimestampIsAccepted() {
        byte[] body = RecordedWebhooks.bytes("chatwoot/message_created.json");
        adapter.verify(signed(body, SECRET, RecordedWebhooks.RECEIVED), SECRET, RecordedWebhooks.RECEIVED);
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTimestampDotBody() {
        byte[] body = "{\"event\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        // printf '1767603600.{"event":"x"}' | openssl dgst -sha256 -hmac key
        WebhookRequest request = WebhookRequest.of(Map.of("X-Chatwoot-Timestamp", "1767603600", "X-Chatwoot-Signature",
                "sha256=fbfa7c54b002784a71b2574a73cbb67b5955a11e74ca17c727f075bae4a2564c"), body);
        adapter.verify(request, "key", RecordedWebhooks.RECEIVED);
    }

    @Test
    void aBodySignedWithAnotherSecretIsRefused() {
        byte[] body = RecordedWebhooks.bytes("chatwoot/message_created.json");
        assertThrows(SignatureRefused.class, () -> adapter.verify(signed(body, "another", RecordedWebhooks.RECEIVED),
                SECRET, RecordedWebhooks.RECEIVED));
    }

    @ParameterizedTest
    @CsvSource({"301, true", "-301, true", "300, false", "-300, false"})
    void aTimestampMoreThanFiveMinutesOffIsStale(long secondsOff, boolean refused) {
        byte[] body = RecordedWebhooks.bytes("chatwoot/message_created.json");
        WebhookRequest request = signed(body, SECRET, RecordedWebhooks.RECEIVED.plusSeconds(secondsOff));
        if (refused) {
            SignatureRefused e = assertThrows(SignatureRefused.class,
                    () -> adapter.verify(request, SECRET, RecordedWebhooks.RECEIVED));
            assertTrue(e.getMessage().contains("away from the server's time"), e.getMessage());
        } else {
            adapter.verify(request, SECRET, RecordedWebhooks.RECEIVED);
        }
    }

    @Test
    void aRequestWithoutTimestampIsRefused() {
        byte[] body = RecordedWebhooks.bytes("chatwoot/message_created.json");
        assertThrows(SignatureRefused.class, () -> adapter.verify(WebhookRequest.of(Map.of("X-Chatwoot-Signature",
                "sha256=00"), body), SECRET, RecordedWebhooks.RECEIVED));
    }

    @Test
    void anIncomingMessageIsTheCustomersPublicInteraction() {
        Instant at = Instant.parse("2021-07-23T18:02:48Z");
        assertEquals(List.of(new TicketInteractionAdded(header("chatwoot-message-118", at), "10", "customer", at, true)),
                map("message_created.json").events());
    }

    @Test
    void aConversationCreatedIsItsContactAndTicket() {
        Instant at = Instant.parse("2021-07-23T18:01:48Z");
        assertEquals(List.of(
                new CustomerUpserted(header("chatwoot-conversation-10-contact-12", at), "12", "jane", "jane@acme.inc",
                        null, Map.of()),
                new TicketCreated(header("chatwoot-conversation-10-created", at), "10", "12", null, at,
                        TicketStatus.OPEN, null, "webwidget", null)),
                map("conversation_created.json").events());
    }

    @Test
    void aResolvedConversationIsSolvedAtItsLastActivity() {
        Instant at = Instant.parse("2021-07-23T18:02:49Z");
        assertEquals(List.of(new TicketStatusChanged(header("chatwoot-conversation-10-status-resolved-1627063369000", at),
                "10", TicketStatus.SOLVED, at)), map("conversation_status_changed.json").events());
    }

    @Test
    void anAnsweredCsatSurveyIsARatingOnOneToFive() {
        List<?> events = map("message_updated_csat.json").events();

        assertEquals(1, events.size());
        CsatRated rated = (CsatRated) events.get(0);
        assertTrue(rated.header().id().matches("chatwoot-csat-121-[0-9a-f]{16}"), rated.header().id());
        // Rated when the survey message says, not when the webhook arrived.
        Instant answered = Instant.parse("2021-07-23T18:02:48Z");
        assertEquals(new CsatRated(header(rated.header().id(), answered), "10", 4, 1, 5, answered, "Quick and friendly"),
                rated);
    }

    @Test
    void anEventThatSaysNothingScoredIsSkippedSayingWhy() {
        WebhookMapping mapping = map("webwidget_triggered.json");

        assertTrue(mapping.isSkipped());
        assertEquals("event 'webwidget_triggered' says nothing the plugin scores", mapping.skipped());
    }

    @ParameterizedTest
    @CsvSource({"incoming, customer", "outgoing, agent", "0, customer", "1, agent", "activity, ", "template, ",
            "2, "})
    void theMessageTypeIsItsAuthor(String type, String author) {
        assertEquals(author, ChatwootWebhooks.authorOf(type));
    }

    @ParameterizedTest
    @CsvSource({"open, OPEN", "pending, PENDING", "snoozed, ON_HOLD", "resolved, SOLVED"})
    void chatwootsStatusesAreThePluginsStatuses(String named, TicketStatus status) {
        assertEquals(status, ChatwootWebhooks.STATUSES.get(named));
    }

    private static EventHeader header(String id, Instant at) {
        return new EventHeader(TENANT, ACCOUNT_1, id, at);
    }
}
