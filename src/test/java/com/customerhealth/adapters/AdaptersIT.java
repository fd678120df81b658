package com.customerhealth.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recorded payloads of each helpdesk posted over HTTP, signed with the secrets of {@code arquillian.xml}:
 * their verdicts, the health they give the customer, their redelivery, and the refusals. Each test gives the
 * recorded payload ids of its own, so it finds its customer alone whatever ran before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdaptersIT {

    private static final String ZAMMAD_SECRET = "it-zammad-secret";
    private static final String CHATWOOT_SECRET = "it-chatwoot-secret";
    private static final String JIRA_SECRET = "it-jira-secret";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void aZammadArticleOpensTheCustomersTicketAndItsRedeliveryIsADuplicate() {
        String customer = StoredFixtures.uniqueId("zammad-customer");
        String ticket = StoredFixtures.uniqueId("81");
        byte[] body = zammadTrigger(customer, ticket, StoredFixtures.uniqueId("104"));

        JsonArray verdicts = array(post("zammad", "", zammadHeaders(body, ZAMMAD_SECRET), body), 202);
        assertEquals(5, verdicts.size(), verdicts.toString());
        verdicts.forEach(verdict -> assertEquals("accepted", verdict.asJsonObject().getString("status"), verdict.toString()));

        JsonObject health = (JsonObject) Api.json(Api.at(base).as(TestUsers.AGENT)
                .get("api/v1/customers/" + customer + "/health"));
        assertEquals("Emily Adams", health.getString("name"));
        assertEquals(1, parameter(health, "openTickets"));
        assertEquals(1, parameter(health, "ticketsInWindow"));

        JsonArray again = array(post("zammad", "", zammadHeaders(body, ZAMMAD_SECRET), body), 202);
        again.forEach(verdict -> assertEquals("duplicate", verdict.asJsonObject().getString("status"), verdict.toString()));
    }

    @Test
    void aJiraStatusChangeSolvesTheIssueItCreated() throws IOException {
        String reporter = StoredFixtures.uniqueId("jira-reporter");
        String issue = StoredFixtures.uniqueId("28661");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode created = fixture("jira/issue_created.json");
        created.with("issue").put("id", issue).with("fields").put("created", now.minusSeconds(120).toString())
                .with("reporter").put("key", reporter);
        byte[] createdBody = MAPPER.writeValueAsBytes(created);
        JsonArray createdVerdicts = array(post("jira", "", jiraHeaders(createdBody), createdBody), 202);
        assertEquals("accepted", createdVerdicts.getJsonObject(1).getString("status"), createdVerdicts.toString());

        ObjectNode updated = fixture("jira/issue_updated_status.json");
        updated.put("timestamp", now.minusSeconds(60).toEpochMilli()).with("issue").put("id", issue);
        updated.with("changelog").put("id", StoredFixtures.uniqueId("130307"));
        ((ObjectNode) updated.with("changelog").withArray("items").get(0)).put("toString", "Resolved");
        byte[] updatedBody = MAPPER.writeValueAsBytes(updated);
        assertEquals("accepted", array(post("jira", "", jiraHeaders(updatedBody), updatedBody), 202)
                .getJsonObject(0).getString("status"));

        JsonObject health = (JsonObject) Api.json(Api.at(base).as(TestUsers.AGENT)
                .get("api/v1/customers/" + reporter + "/health"));
        assertEquals(0, parameter(health, "openTickets"));
        assertEquals(1, parameter(health, "ticketsInWindow"));
    }

    @Test
    void aChatwootMessageSignedNowIsTakenAndOneSignedSixMinutesAgoRefused() throws IOException {
        ObjectNode message = fixture("chatwoot/message_created.json");
        message.put("id", StoredFixtures.uniqueId("118")).put("created_at", Instant.now().minusSeconds(30).toString());
        byte[] body = MAPPER.writeValueAsBytes(message);

        assertEquals(401, post("chatwoot", "", chatwootHeaders(body, Instant.now().minusSeconds(360)), body).statusCode());
        JsonArray verdicts = array(post("chatwoot", "", chatwootHeaders(body, Instant.now()), body), 202);
        assertEquals("accepted", verdicts.getJsonObject(0).getString("status"), verdicts.toString());
    }

    @Test
    void aPayloadThatSaysNothingScoredIsSkippedSayingWhy() {
        byte[] body = RecordedWebhooks.bytes("chatwoot/webwidget_triggered.json");
        JsonArray verdicts = array(post("chatwoot", "", chatwootHeaders(body, Instant.now()), body), 202);

        assertEquals(1, verdicts.size());
        assertEquals("skipped", verdicts.getJsonObject(0).getString("status"));
        assertEquals("skipped: event 'webwidget_triggered' says nothing the plugin scores",
                verdicts.getJsonObject(0).getString("error"));
    }

    @Test
    void requestsThatAreNotSignedWebhooksOfAKnownHelpdeskAndTenantAreRefusedWhole() {
        byte[] body = zammadTrigger("c", "t", "a");
        assertProblem(post("zammad", "", zammadHeaders(body, "not-the-secret"), body), 401, "X-Hub-Signature");
        assertProblem(post("zammad", "", Map.of(), body), 401, "X-Hub-Signature is missing");

        byte[] broken = "{\"ticket\": ".getBytes(StandardCharsets.UTF_8);
        assertProblem(post("zammad", "", zammadHeaders(broken, ZAMMAD_SECRET), broken), 400, "JSON");
        byte[] array = "[1, 2]".getBytes(StandardCharsets.UTF_8);
        assertProblem(post("zammad", "", zammadHeaders(array, ZAMMAD_SECRET), array), 400, "not the JSON object");

        assertProblem(post("freshdesk", "", Map.of(), body), 404, "No webhook adapter is named 'freshdesk'");
        assertProblem(post("zammad", "?tenant=nobody-here", zammadHeaders(body, ZAMMAD_SECRET), body), 404,
                "Unknown tenant 'nobody-here'");
        assertProblem(post("zammad", "?tenant=it-other", zammadHeaders(body, ZAMMAD_SECRET), body), 401,
                "does not match");

        byte[] large = ("{\"pad\": \"" + "x".repeat(262_144) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(post("zammad", "", zammadHeaders(large, ZAMMAD_SECRET), large), 413,
                "chm.adapters.max-body-bytes");
    }

    @Test
    void anotherTenantsWebhookIsCheckedWithThatTenantsSecret() {
        String customer = StoredFixtures.uniqueId("zammad-other");
        byte[] body = zammadTrigger(customer, StoredFixtures.uniqueId("t"), StoredFixtures.uniqueId("a"));
        JsonArray verdicts = array(post("zammad", "?tenant=it-other", zammadHeaders(body, "it-zammad-other-secret"), body),
                202);
        assertEquals("accepted", verdicts.getJsonObject(2).getString("status"), verdicts.toString());
        assertEquals(200, Api.at(base).as(TestUsers.OTHER_TENANT_AGENT).get("api/v1/customers/" + customer + "/health")
                .statusCode());
        assertEquals(404, Api.at(base).as(TestUsers.AGENT).get("api/v1/customers/" + customer + "/health").statusCode());
    }

    /** The documented trigger of Zammad, about a customer and ticket of this test, happening now. */
    private static byte[] zammadTrigger(String customer, String ticket, String article) {
        ObjectNode trigger = fixture("zammad/trigger-article.json");
        String now = Instant.now().minusSeconds(60).toString();
        ObjectNode t = trigger.with("ticket");
        t.put("id", ticket).put("customer_id", customer).put("created_at", now).put("updated_at", now);
        t.with("customer").put("id", customer).put("updated_at", now);
        t.with("organization").put("updated_at", now);
        t.put("organization_id", "org-" + customer);
        trigger.with("article").put("id", article).put("created_at", now);
        try {
            return MAPPER.writeValueAsBytes(trigger);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode fixture(String path) {
        return (ObjectNode) RecordedWebhooks.json(RecordedWebhooks.bytes(path));
    }

    private static Map<String, String> zammadHeaders(byte[] body, String secret) {
        return Map.of("X-Hub-Signature", "sha1=" + HexHmac.of(HexHmac.SHA1, secret, body),
                "X-Zammad-Delivery", "it-delivery");
    }

    private static Map<String, String> jiraHeaders(byte[] body) {
        return Map.of("X-Hub-Signature", "sha256=" + HexHmac.of(HexHmac.SHA256, JIRA_SECRET, body));
    }

    private static Map<String, String> chatwootHeaders(byte[] body, Instant at) {
        String timestamp = Long.toString(at.getEpochSecond());
        byte[] signed = (timestamp + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return Map.of("X-Chatwoot-Timestamp", timestamp,
                "X-Chatwoot-Signature", "sha256=" + HexHmac.of(HexHmac.SHA256, CHATWOOT_SECRET, signed));
    }

    private HttpResponse<String> post(String helpdesk, String query, Map<String, String> headers, byte[] body) {
        return Api.at(base).request("api/v1/adapters/" + helpdesk + query, request -> {
            headers.forEach(request::header);
            return request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        });
    }

    private static JsonArray array(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return (JsonArray) Api.json(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains(detail), response.body());
    }

    private static int parameter(JsonObject health, String key) {
        return health.getJsonArray("parameters").stream().map(JsonObject.class::cast)
                .filter(parameter -> parameter.getString("key").equals(key)).findFirst().orElseThrow()
                .getJsonNumber("value").intValue();
    }
}
