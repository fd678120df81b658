package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.security.Roles;
import com.customerhealth.testing.AlertScenarios;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.Await;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.RecordingReceiver;
import com.customerhealth.testing.RollingBackAlerts;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.RemoteFixtures;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts leave the helpdesk, on each database: real HTTP receivers started by the test take signed
 * CloudEvents, each alert raised and resolved once, the signature verified by Standard Webhooks' own
 * library; a receiver that answers 500 is tried again until it takes the message; a slow receiver holds
 * up no other; a subscription gets only the kinds it asks for; nothing is sent for a change that rolled
 * back; and the subscriptions API: admins only, every wrong field named, the secret shown once. The
 * integration tests' server retries after 1 s, then 2 s (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertDeliveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void raisedAndResolvedAlertsReachTheWebhookSignedEachOnce() {
        String tenant = StoredFixtures.uniqueId("it-delivery");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver receiver = RecordingReceiver.accepting()) {
            JsonObject subscription = create(admin, webhook(receiver.url(), "Success team"));
            String secret = subscription.getString("secret");
            assertTrue(secret.startsWith("whsec_") && secret.length() > 40, secret);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            RemoteFixtures fixtures = new RemoteFixtures(base);
            for (List<HelpdeskEvent> batch : AlertScenarios.falls(tenant, "ada", "Ada Lovelace", "acme", now)) {
                fixtures.events(tenant, batch);
            }
            List<JsonObject> raised = alerts(admin);
            assertTrue(raised.size() >= 3, "the fall raises alerts: " + raised);
            receiver.awaitIds(ids(raised, "/raised"), PATIENCE);

            for (RecordingReceiver.Request request : receiver.requests()) {
                assertTrue(request.signedWith(secret), "signed with the subscription's secret: " + request.headers());
                assertTrue(request.header("content-type").startsWith("application/cloudevents+json"), request.header("content-type"));
                JsonObject event = request.event();
                assertEquals("1.0", event.getString("specversion"));
                assertEquals(request.header("webhook-id"), event.getString("id"));
                assertEquals("com.customerhealth.alert.raised", event.getString("type"));
                assertEquals(tenant, event.getString("tenant"));
                JsonObject alert = event.getJsonObject("data");
                JsonObject stored = raised.stream().filter(each -> each.getString("id").equals(alert.getString("id")))
                        .findFirst().orElseThrow();
                assertEquals(event.getString("id"), alert.getString("id") + "/raised");
                assertEquals(stored.getString("kind"), alert.getString("kind"));
                assertEquals(stored.getJsonObject("subject"), alert.getJsonObject("subject"));
                assertEquals(stored.getString("summary"), alert.getString("summary"));
                assertEquals("open", alert.getString("state"), "the alert as it was raised");
                assertEquals(alert.getJsonObject("subject").getString("type") + "/" + alert.getJsonObject("subject")
                        .getString("id"), event.getString("subject"));
            }

            fixtures.events(tenant, AlertScenarios.recovery(tenant, "ada", Instant.now()));
            List<JsonObject> resolved = alerts(admin).stream().filter(alert -> alert.getString("state").equals("resolved"))
                    .toList();
            assertFalse(resolved.isEmpty(), "the recovery resolves the drops");
            receiver.awaitIds(ids(resolved, "/resolved"), PATIENCE);
            for (RecordingReceiver.Request request : receiver.requests()) {
                if (request.header("webhook-id").endsWith("/resolved")) {
                    assertEquals("com.customerhealth.alert.resolved", request.event().getString("type"));
                    assertEquals("resolved", request.event().getJsonObject("data").getString("state"));
                    assertTrue(request.signedWith(secret));
                }
            }
            List<String> sent = receiver.requests().stream().map(request -> request.header("webhook-id")).toList();
            assertEquals(new HashSet<>(sent).size(), sent.size(), "each message once: " + sent);
            Set<String> expected = new TreeSet<>(ids(raised, "/raised"));
            expected.addAll(ids(resolved, "/resolved"));
            assertEquals(expected, new TreeSet<>(sent));

            JsonObject log = Api.json(admin.get("api/v1/alerts/subscriptions/" + subscription.getString("id")
                    + "/deliveries?size=100")).asJsonObject();
            assertEquals(expected.size(), log.getInt("total"));
            for (JsonValue item : log.getJsonArray("items")) {
                JsonObject delivery = item.asJsonObject();
                assertEquals("delivered", delivery.getString("state"), delivery.toString());
                assertEquals(1, delivery.getInt("attempts"));
                JsonObject attempt = delivery.getJsonArray("log").getJsonObject(0);
                assertEquals(200, attempt.getInt("status"));
                assertTrue(attempt.getInt("latencyMs") >= 0);
                assertTrue(attempt.isNull("error"));
            }
            JsonObject counted = Api.json(admin.get("api/v1/alerts/subscriptions/" + subscription.getString("id")))
                    .asJsonObject().getJsonObject("deliveries");
            assertEquals(Json.createObjectBuilder().add("pending", 0).add("delivered", expected.size()).add("failed", 0)
                    .build(), counted);
        }
    }

    @Test
    void aReceiverThatAnswers500IsTriedAgainUntilItTakesTheMessage() {
        String tenant = StoredFixtures.uniqueId("it-delivery");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver receiver = RecordingReceiver.start(n -> n <= 2 ? 500 : 200)) {
            JsonObject subscription = create(admin, webhook(receiver.url(), null));
            String id = subscription.getString("id");
            HttpResponse<String> asked = admin.postJson("api/v1/alerts/subscriptions/" + id + "/test", "{}");
            assertEquals(202, asked.statusCode(), asked.body());
            String eventId = Api.json(asked).asJsonObject().getString("eventId");
            receiver.awaitIds(Set.of(eventId), PATIENCE);

            List<RecordingReceiver.Request> requests = receiver.requests();
            assertEquals(List.of(500, 500, 200), requests.stream().map(RecordingReceiver.Request::answered).toList());
            for (RecordingReceiver.Request request : requests) {
                assertEquals(eventId, request.header("webhook-id"), "the same message each time");
                assertTrue(request.signedWith(subscription.getString("secret")));
                assertEquals("com.customerhealth.alert.test", request.event().getString("type"));
            }
            assertTrue(Duration.between(requests.get(0).at(), requests.get(2).at()).toMillis() >= 1000,
                    "tried again after the backoff, not at once: " + requests);
            Await.until("the delivery log to show the message delivered", () -> deliveryOf(admin, id)
                    .getString("state").equals("delivered"), PATIENCE);
            JsonObject delivery = deliveryOf(admin, id);
            assertEquals(3, delivery.getInt("attempts"));
            assertEquals(List.of(500, 500, 200), delivery.getJsonArray("log").stream()
                    .map(attempt -> attempt.asJsonObject().getInt("status")).toList());
            assertTrue(delivery.getJsonArray("log").getJsonObject(0).getString("error").contains("500"));
        }
    }

    @Test
    void aSlowReceiverHoldsUpNoOtherSubscription() {
        String tenant = StoredFixtures.uniqueId("it-delivery");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver slow = RecordingReceiver.accepting(); RecordingReceiver quick = RecordingReceiver.accepting()) {
            slow.holdWhile(request -> true);
            String slowId = create(admin, webhook(slow.url(), "slow")).getString("id");
            String quickId = create(admin, webhook(quick.url(), "quick")).getString("id");
            String slowEvent = test(admin, slowId);
            Await.until("the slow receiver to be sent its message", () -> slow.holding() == 1, PATIENCE);
            String quickEvent = test(admin, quickId);
            quick.awaitIds(Set.of(quickEvent), PATIENCE);
            assertFalse(slow.takenIds().contains(slowEvent), "the slow one still holds its message");
            slow.letGo();
            slow.awaitIds(Set.of(slowEvent), PATIENCE);
        }
    }

    @Test
    void aSubscriptionGetsOnlyTheKindsItAsksFor() {
        String tenant = StoredFixtures.uniqueId("it-delivery");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver everything = RecordingReceiver.accepting(); RecordingReceiver ratings = RecordingReceiver.accepting()) {
            create(admin, webhook(everything.url(), null));
            JsonObject lowCsat = create(admin, Json.createObjectBuilder().add("channel", "webhook")
                    .add("target", ratings.url()).add("kinds", Json.createArrayBuilder().add("low_csat")).build());
            assertEquals(List.of("low_csat"), lowCsat.getJsonArray("kinds").getValuesAs(JsonString::getString));
            RemoteFixtures fixtures = new RemoteFixtures(base);
            for (List<HelpdeskEvent> batch : AlertScenarios.falls(tenant, "bo", "Bo", "bo-co", Instant.now())) {
                fixtures.events(tenant, batch);
            }
            List<JsonObject> raised = alerts(admin);
            everything.awaitIds(ids(raised, "/raised"), PATIENCE);
            Set<String> ratingIds = ids(raised.stream().filter(alert -> alert.getString("kind").equals("low_csat")).toList(),
                    "/raised");
            assertEquals(1, ratingIds.size(), raised.toString());
            ratings.awaitIds(ratingIds, PATIENCE);
            assertEquals(ratingIds, ratings.takenIds(), "only the low CSAT");
        }
    }

    @Test
    void nothingIsSentForAChangeThatRolledBack() {
        String tenant = StoredFixtures.uniqueId(RollingBackAlerts.PREFIX);
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordingReceiver receiver = RecordingReceiver.accepting()) {
            String id = create(admin, webhook(receiver.url(), null)).getString("id");
            RemoteFixtures fixtures = new RemoteFixtures(base);
            List<List<HelpdeskEvent>> batches = AlertScenarios.falls(tenant, "cy", "Cy", "cy-co", Instant.now());
            fixtures.events(tenant, batches.get(0));
            // The first rating at the bottom raises alerts; its transaction fails after the outbox was written.
            fixtures.events(tenant, batches.get(1));
            assertThrows(IllegalStateException.class, () -> fixtures.events(tenant, batches.get(2)));
            String testEvent = test(admin, id);
            receiver.awaitIds(Set.of(testEvent), PATIENCE);
            assertEquals(Set.of(testEvent), receiver.takenIds(), "the test message, nothing of the rolled back alerts");
            assertEquals(List.of(), alerts(admin));
            assertEquals(1, Api.json(admin.get("api/v1/alerts/subscriptions/" + id + "/deliveries")).asJsonObject()
                    .getInt("total"));
        }
    }

    @Test
    void subscriptionsAreForAdminsEveryWrongFieldIsNamedAndTheSecretIsShownOnce() {
        String tenant = StoredFixtures.uniqueId("it-delivery");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        String hook = "http://127.0.0.1:9/hook";
        for (String role : List.of(Roles.AGENT, Roles.MANAGER)) {
            Api other = Api.at(base).as(TestUsers.withRoles(tenant, role));
            assertEquals(403, other.get("api/v1/alerts/subscriptions").statusCode(), role);
            assertEquals(403, other.postJson("api/v1/alerts/subscriptions", webhook(hook, null).toString()).statusCode(), role);
        }

        HttpResponse<String> wrong = admin.postJson("api/v1/alerts/subscriptions", "{\"channel\": \"pigeon\", \"target\": \"\","
                + " \"kinds\": [\"band_drop\", \"churn\"], \"language\": \"fr\", \"enabled\": \"yes\", \"colour\": \"red\"}");
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Api.json(wrong).asJsonObject();
        Map<String, String> fields = problem.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(field -> field.getString("field"), field -> field.getString("key")));
        assertEquals(Map.of("colour", "alerts.subscription.unknownField", "channel", "alerts.subscription.channel",
                "target", "alerts.subscription.missing", "kinds", "alerts.subscription.kinds",
                "language", "alerts.subscription.language", "enabled", "alerts.subscription.boolean"), fields);
        assertTrue(problem.getString("detail").contains("channel: must be one of: webhook, email"), problem.toString());
        for (String target : List.of("ftp://hooks.example.com/in", "hooks.example.com/in", "https://user:pw@hooks.example.com/in")) {
            HttpResponse<String> refused = admin.postJson("api/v1/alerts/subscriptions", webhook(target, null).toString());
            assertEquals(400, refused.statusCode(), target + ": " + refused.body());
            assertTrue(Api.json(refused).asJsonObject().getJsonArray("fields").getJsonObject(0).getString("key")
                    .startsWith("outbound."), refused.body());
        }
        assertEquals(400, admin.postJson("api/v1/alerts/subscriptions", "{\"channel\": ").statusCode());
        assertEquals(400, admin.postJson("api/v1/alerts/subscriptions", "[]").statusCode());
        HttpResponse<String> mail = admin.postJson("api/v1/alerts/subscriptions",
                "{\"channel\": \"email\", \"target\": \"success@example.com\"}");
        assertEquals(409, mail.statusCode(), "no SMTP server in this server's configuration: " + mail.body());
        assertEquals(400, admin.postJson("api/v1/alerts/subscriptions", "{\"channel\": \"email\", \"target\": \"not an address\"}")
                .statusCode());

        HttpResponse<String> made = admin.postJson("api/v1/alerts/subscriptions", webhook(hook, "Ops").toString());
        assertEquals(201, made.statusCode(), made.body());
        JsonObject subscription = Api.json(made).asJsonObject();
        String id = subscription.getString("id");
        assertTrue(made.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/alerts/subscriptions/" + id));
        assertEquals(admin.get("api/v1/alerts/subscriptions/" + id).body().contains("whsec_"), false,
                "the secret is not shown again");
        JsonObject listed = Api.json(admin.get("api/v1/alerts/subscriptions")).asJsonObject().getJsonArray("items")
                .getJsonObject(0);
        assertFalse(listed.containsKey("secret"));
        assertEquals("Ops", listed.getString("description"));
        assertEquals(TestUsers.adminOf(tenant), listed.getString("createdBy"));
        assertFalse(listed.getBoolean("configured"));

        HttpResponse<String> changed = admin.putJson("api/v1/alerts/subscriptions/" + id, Json.createObjectBuilder()
                .add("target", hook).add("kinds", Json.createArrayBuilder().add("band_drop")).add("enabled", false).build()
                .toString());
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject after = Api.json(changed).asJsonObject();
        assertFalse(after.getBoolean("enabled"));
        assertTrue(after.isNull("description"), "left out, the description is gone: a change is of the whole");
        assertEquals(409, admin.postJson("api/v1/alerts/subscriptions/" + id + "/test", "{}").statusCode(),
                "a switched off subscription is sent nothing");
        HttpResponse<String> otherChannel = admin.putJson("api/v1/alerts/subscriptions/" + id,
                "{\"channel\": \"email\", \"target\": \"a@example.com\"}");
        assertEquals(400, otherChannel.statusCode());
        assertTrue(otherChannel.body().contains("alerts.subscription.channelFixed"), otherChannel.body());

        JsonObject replaced = Api.json(admin.postJson("api/v1/alerts/subscriptions/" + id + "/secret", "{}")).asJsonObject();
        assertNotEquals(subscription.getString("secret"), replaced.getString("secret"));
        Api stranger = Api.at(base).as(TestUsers.adminOf(StoredFixtures.uniqueId("it-delivery")));
        assertEquals(404, stranger.get("api/v1/alerts/subscriptions/" + id).statusCode(), "another tenant's");
        assertEquals(404, stranger.delete("api/v1/alerts/subscriptions/" + id).statusCode());
        assertEquals(404, admin.get("api/v1/alerts/subscriptions/configured-webhook").statusCode(),
                "no webhook is configured for the integration tests");
        assertEquals(204, admin.delete("api/v1/alerts/subscriptions/" + id).statusCode());
        assertEquals(404, admin.get("api/v1/alerts/subscriptions/" + id).statusCode());
        assertEquals(404, admin.get("api/v1/alerts/subscriptions/" + id + "/deliveries").statusCode());
    }

    private static JsonObject webhook(String url, String description) {
        var json = Json.createObjectBuilder().add("channel", "webhook").add("target", url);
        if (description != null) {
            json.add("description", description);
        }
        return json.build();
    }

    private static JsonObject create(Api admin, JsonObject subscription) {
        HttpResponse<String> made = admin.postJson("api/v1/alerts/subscriptions", subscription.toString());
        assertEquals(201, made.statusCode(), made.body());
        return Api.json(made).asJsonObject();
    }

    private static String test(Api admin, String subscriptionId) {
        HttpResponse<String> asked = admin.postJson("api/v1/alerts/subscriptions/" + subscriptionId + "/test", "{}");
        assertEquals(202, asked.statusCode(), asked.body());
        return Api.json(asked).asJsonObject().getString("eventId");
    }

    private static List<JsonObject> alerts(Api api) {
        return Api.json(api.get("api/v1/alerts?size=200")).asJsonObject().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static Set<String> ids(List<JsonObject> alerts, String suffix) {
        return alerts.stream().map(alert -> alert.getString("id") + suffix).collect(Collectors.toSet());
    }

    /** The newest delivery of a subscription. */
    private static JsonObject deliveryOf(Api admin, String subscriptionId) {
        return Api.json(admin.get("api/v1/alerts/subscriptions/" + subscriptionId + "/deliveries?size=1")).asJsonObject()
                .getJsonArray("items").getJsonObject(0);
    }

}
