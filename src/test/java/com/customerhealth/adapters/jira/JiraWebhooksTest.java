package com.customerhealth.adapters.jira;

import static com.customerhealth.adapters.RecordedWebhooks.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.adapters.HexHmac;
import com.customerhealth.adapters.RecordedWebhooks;
import com.customerhealth.adapters.SignatureRefused;
import com.customerhealth.adapters.WebhookMapping;
import com.customerhealth.adapters.WebhookRequest;
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

class JiraWebhooksTest {

    private static final String SECRET = "jira-unit-secret";
    private static final String SITE = "https://jira.test-example.ru/jira";
    private final JiraWebhooks adapter = new JiraWebhooks();

    private static WebhookRequest signed(byte[] body, String secret) {
        return WebhookRequest.of(Map.of("X-Hub-Signature", "sha256=" + HexHmac.of(HexHmac.SHA256, secret, body)), body);
    }

    private WebhookMapping map(byte[] body) {
        return adapter.map(RecordedWebhooks.json(body), signed(body, SECRET), RecordedWebhooks.context());
    }

    @Test
    void aBodySignedWithTheSecretIsAccepted() {
        byte[] body = RecordedWebhooks.bytes("jira/issue_created.json");
        adapter.verify(signed(body, SECRET), SECRET, RecordedWebhooks.RECEIVED);
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBodyInEitherCase() {
        byte[] body = "{\"webhookEvent\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        // printf '{"webhookEvent":"x"}' | openssl dgst -sha256 -hmac key
        adapter.verify(WebhookRequest.of(Map.of("X-Hub-Signature",
                "sha256=1B7A2E5EA591AA196C81068E9D5CE2AC1A0EF07FC44DD7C3863DAB38952803B7"), body), "key",
                RecordedWebhooks.RECEIVED);
    }

    @ParameterizedTest
    @CsvSource({"another-secret", "jira-unit-secretx"})
    void aBodySignedWithAnotherSecretIsRefused(String other) {
        byte[] body = RecordedWebhooks.bytes("jira/issue_created.json");
        assertThrows(SignatureRefused.class, () -> adapter.verify(signed(body, other), SECRET, RecordedWebhooks.RECEIVED));
    }

    @Test
    void aSha1SignatureIsRefused() {
        byte[] body = RecordedWebhooks.bytes("jira/issue_created.json");
        WebhookRequest request = WebhookRequest.of(Map.of("X-Hub-Signature", "sha1="
                + HexHmac.of(HexHmac.SHA1, SECRET, body)), body);
        assertThrows(SignatureRefused.class, () -> adapter.verify(request, SECRET, RecordedWebhooks.RECEIVED));
    }

    @Test
    void aCreatedIssueIsItsReporterAndTicket() {
        Instant created = Instant.parse("2017-11-22T07:44:34.763Z");
        assertEquals(List.of(
                new CustomerUpserted(header("jira-issue-28661-reporter", created), "jira_test", "jira_test",
                        "jira_test@test-example.ru", null, Map.of()),
                new TicketCreated(header("jira-issue-28661-created", created), "28661", "jira_test", null, created,
                        TicketStatus.OPEN, "Highest", null, "POupok")),
                map(RecordedWebhooks.bytes("jira/issue_created.json")).events());
    }

    @Test
    void aStatusItemInTheChangelogIsTheNewStatus() {
        Instant at = Instant.parse("2017-12-25T13:33:21.396Z");
        assertEquals(List.of(new TicketStatusChanged(header("jira-changelog-130307", at), "28661", TicketStatus.ON_HOLD,
                at)), map(RecordedWebhooks.bytes("jira/issue_updated_status.json")).events());
    }

    @Test
    void aCommentByAnotherThanTheReporterIsAnAgentsPublicInteraction() {
        Instant at = Instant.parse("2017-12-25T13:33:09.261Z");
        assertEquals(List.of(new TicketInteractionAdded(header("jira-comment-32357", at), "28661", "agent", at, true)),
                map(RecordedWebhooks.bytes("jira/comment_created.json")).events());
    }

    @Test
    void anUpdateWithoutStatusOrCommentIsSkippedSayingWhy() {
        byte[] body = ("{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"id\":\"28661\",\"self\":\"" + SITE
                + "/rest/api/2/issue/28661\"},\"changelog\":{\"id\":\"9\",\"items\":[{\"field\":\"description\"}]}}")
                .getBytes(StandardCharsets.UTF_8);
        WebhookMapping mapping = map(body);

        assertTrue(mapping.isSkipped());
        assertEquals("jira-issue-28661", mapping.skippedId());
        assertEquals("an update without a status change or a comment", mapping.skipped());
    }

    @ParameterizedTest
    @CsvSource({"Waiting for support, , OPEN", "Waiting for customer, , PENDING", "Resolved, , SOLVED",
            "Closed, , CLOSED", "Paused, new, ON_HOLD", "Triage, new, NEW", "Fixing, indeterminate, OPEN",
            "Shipped, done, SOLVED"})
    void jirasStatusesMapByNameThenByCategory(String name, String category, TicketStatus status) {
        String json = "{\"name\":\"" + name + "\"" + (category == null ? "" : ",\"statusCategory\":{\"key\":\""
                + category + "\"}") + "}";
        assertEquals(status, JiraWebhooks.statusOf(new com.customerhealth.adapters.Payload(
                RecordedWebhooks.json(json.getBytes(StandardCharsets.UTF_8)))));
    }

    @ParameterizedTest
    @CsvSource({"https://acme.atlassian.net/rest/api/2/issue/10001, https://acme.atlassian.net",
            "https://jira.test-example.ru/jira/rest/api/2/issue/28661, https://jira.test-example.ru/jira",
            "not a url, urn:jira", "https://acme.atlassian.net/browse/X-1, urn:jira"})
    void theSourceIsTheSitesBaseUrl(String self, String source) {
        assertEquals(source, JiraWebhooks.sourceOf(self));
    }

    private static EventHeader header(String id, Instant at) {
        return new EventHeader(TENANT, SITE, id, at);
    }
}
