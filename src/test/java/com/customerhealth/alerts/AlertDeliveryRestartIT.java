package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.testing.AlertScenarios;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.Await;
import com.customerhealth.testing.MicroLauncher;
import com.customerhealth.testing.RecordingReceiver;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.testing.StoredFixtures;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost when the server stops or dies, on each database: a server that the tests start the way
 * an operator does, its webhook and e-mail recipient configured (trusted, as the operator's are), raises
 * alerts while the webhook's receiver is down; it is stopped and started again, raises more, and is then
 * killed at once (SIGKILL, as {@code kill -9}) with every message still in its outbox; once the receiver is
 * back and the server started again, the receiver has taken every message of every alert, by id,
 * duplicates allowed and nothing missing, each signed with the configured secret. Meanwhile a real SMTP
 * server (GreenMail) received the digests naming every customer that fell. With the operator's defaults,
 * webhooks entered through the API must be https and may not reach loopback addresses, and the operator's
 * own subscriptions are read-only.
 */
class AlertDeliveryRestartIT {

    /** The password of the user the server is configured with, whose hash arquillian.xml holds too. */
    private static final String PASSWORD = "it-configured-secret";
    private static final String PASSWORD_HASH = "PBKDF2WithHmacSHA256:210000:9duF9yilS1ayA9c6Tyq05QuDOP8QAPVZsj0EuUcGiwg=:"
            + "/dbUU5qRCkKylLl2xVQRkuS+H8KJL7BEAeFVoYP9gfE=";
    private static final String WEBHOOK_SECRET = "whsec_cmVzdGFydC10ZXN0LXdlYmhvb2stc2VjcmV0";
    private static final String RECIPIENT = "success@example.com";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void alertsRaisedWhileTheReceiverIsDownReachItAfterARestartAndAKillEachAtLeastOnceNoneLost() throws Exception {
        String tenant = StoredFixtures.uniqueId("it-restart");
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        RecordingReceiver receiver = RecordingReceiver.down(n -> 200);
        List<String> options = List.of("-Dchm.tenancy.default-tenant=" + tenant,
                "-Dchm.events.secret=" + SignedEvents.DEFAULT_SECRET,
                "-Dchm.security.user.it-restart.password-hash=" + PASSWORD_HASH,
                "-Dchm.security.user.it-restart.groups=admin,manager,agent",
                "-Dchm.alerts.webhook.url=" + receiver.url(), "-Dchm.alerts.webhook.secret=" + WEBHOOK_SECRET,
                "-Dchm.alerts.mail.host=127.0.0.1", "-Dchm.alerts.mail.port=" + smtp.getSmtp().getPort(),
                "-Dchm.alerts.mail.security=none", "-Dchm.alerts.mail.from=chm@example.com",
                "-Dchm.alerts.mail.to=" + RECIPIENT, "-Dchm.alerts.mail.interval-seconds=2",
                "-Dchm.alerts.delivery.first-retry-seconds=1", "-Dchm.alerts.delivery.longest-retry-seconds=2",
                "-Dchm.alerts.delivery.poll-ms=250", "-Dchm.alerts.delivery.connect-timeout-ms=1000",
                "-Dchm.alerts.delivery.read-timeout-ms=2000");
        try (MicroLauncher server = MicroLauncher.startOnTestDatabase("alert-restart", options, List.of())) {
            server.untilReady();
            Api admin = Api.at(new URL(server.http("/chm/"))).as("it-restart", PASSWORD);
            operatorSubscriptionsAreReadOnlyAndEnteredTargetsAreChecked(admin, receiver);

            fall(server, List.of("a1", "a2", "a3"), Instant.now());
            untilAllPending(admin, server);
            server.stop();
            server.startAgain();
            server.untilReady();

            Instant later = Instant.now();
            fall(server, List.of("b1", "b2"), later);
            HttpResponse<String> recovered = new SignedEvents(new URL(server.http("/chm/")))
                    .postBatch(AlertScenarios.recovery("default", "a1", later));
            assertEquals(202, recovered.statusCode(), recovered.body());
            assertTrue(!recovered.body().contains("rejected"), recovered.body());
            untilAllPending(admin, server);
            server.kill();

            receiver.resume();
            server.startAgain();
            server.untilReady();
            Set<String> expected = expectedMessages(admin);
            assertTrue(expected.stream().anyMatch(id -> id.endsWith("/resolved")),
                    "the recovery, acknowledged just before the kill, is kept and resolved alerts: " + expected);
            receiver.awaitIds(expected, PATIENCE);
            assertEquals(expected, receiver.takenIds(), "every message of every alert, and nothing else");
            for (RecordingReceiver.Request request : receiver.requests()) {
                assertTrue(request.signedWith(WEBHOOK_SECRET), "signed with the configured secret: " + request.headers());
            }
            Await.until("the configured webhook's outbox to be empty", () -> webhook(admin).getJsonObject("deliveries")
                    .getInt("pending") == 0, PATIENCE, server::log);

            Set<String> fallen = Set.of("a1", "a2", "a3", "b1", "b2");
            Await.until("digests naming every customer that fell", () -> named(smtp).containsAll(fallen), PATIENCE,
                    () -> "named so far: " + named(smtp));
            for (MimeMessage digest : smtp.getReceivedMessages()) {
                assertEquals(List.of(RECIPIENT), Arrays.stream(digest.getAllRecipients()).map(Address::toString).toList());
                assertEquals("chm@example.com", digest.getFrom()[0].toString());
                assertTrue(digest.getSubject().startsWith("Customer Health Monitor: "), digest.getSubject());
                assertEquals("auto-generated", digest.getHeader("Auto-Submitted")[0]);
            }
        } finally {
            receiver.close();
            smtp.stop();
        }
    }

    private static void operatorSubscriptionsAreReadOnlyAndEnteredTargetsAreChecked(Api admin, RecordingReceiver receiver) {
        List<JsonObject> listed = Api.json(admin.get("api/v1/alerts/subscriptions")).asJsonObject().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject).toList();
        assertEquals(2, listed.size(), listed.toString());
        JsonObject webhook = listed.get(0);
        assertEquals("configured-webhook", webhook.getString("id"));
        assertEquals(receiver.url(), webhook.getString("target"));
        assertTrue(webhook.getBoolean("configured"));
        assertEquals("email", listed.get(1).getString("channel"));
        assertEquals(RECIPIENT, listed.get(1).getString("target"));
        assertEquals(409, admin.putJson("api/v1/alerts/subscriptions/configured-webhook",
                "{\"target\": \"https://elsewhere.example.com/\"}").statusCode(), "the operator's is changed by the operator");
        assertEquals(409, admin.delete("api/v1/alerts/subscriptions/" + listed.get(1).getString("id")).statusCode());
        for (String target : List.of("https://127.0.0.1:8443/hook", "https://[::1]/hook", "https://10.0.0.8/hook",
                "https://169.254.169.254/latest/meta-data", "http://hooks.example.com/hook")) {
            HttpResponse<String> refused = admin.postJson("api/v1/alerts/subscriptions",
                    "{\"channel\": \"webhook\", \"target\": \"" + target + "\"}");
            assertEquals(400, refused.statusCode(), target + ": " + refused.body());
            String key = Api.json(refused).asJsonObject().getJsonArray("fields").getJsonObject(0).getString("key");
            assertEquals(target.startsWith("http:") ? "outbound.scheme" : "outbound.privateAddress", key, target);
        }
    }

    /** Posts the falls of {@code customers} of the default tenant, one event per request, as a helpdesk sends them. */
    private static void fall(MicroLauncher server, List<String> customers, Instant now) throws IOException {
        SignedEvents events = new SignedEvents(new URL(server.http("/chm/")));
        for (String customer : customers) {
            for (List<HelpdeskEvent> batch : AlertScenarios.falls("default", customer, customer, customer + "-co",
                    now.truncatedTo(ChronoUnit.MILLIS))) {
                HttpResponse<String> answer = events.postBatch(batch);
                assertEquals(202, answer.statusCode(), answer.body());
                assertTrue(answer.body().contains("accepted") && !answer.body().contains("rejected"), answer.body());
            }
        }
    }

    /** Waits until the configured webhook's outbox holds a message for each alert, none sent: the receiver is down. */
    private static void untilAllPending(Api admin, MicroLauncher server) {
        int expected = expectedMessages(admin).size();
        Await.until(expected + " messages pending for the webhook that is down",
                () -> webhook(admin).getJsonObject("deliveries").getInt("pending") == expected, PATIENCE, server::log);
        assertEquals(0, webhook(admin).getJsonObject("deliveries").getInt("delivered"));
    }

    private static JsonObject webhook(Api admin) {
        return Api.json(admin.get("api/v1/alerts/subscriptions/configured-webhook")).asJsonObject();
    }

    /** The id of every message the tenant's alerts call for: each raised, and each resolved once more. */
    private static Set<String> expectedMessages(Api admin) {
        Set<String> ids = new TreeSet<>();
        for (JsonValue item : Api.json(admin.get("api/v1/alerts?size=200")).asJsonObject().getJsonArray("items")) {
            JsonObject alert = item.asJsonObject();
            ids.add(alert.getString("id") + "/raised");
            if (alert.getString("state").equals("resolved")) {
                ids.add(alert.getString("id") + "/resolved");
            }
        }
        return ids;
    }

    /** The customers the digests received so far name, by their names as the scenario gives them. */
    private static Set<String> named(GreenMail smtp) {
        Set<String> names = new TreeSet<>();
        for (MimeMessage digest : smtp.getReceivedMessages()) {
            String body;
            try {
                body = (String) digest.getContent();
            } catch (IOException | MessagingException e) {
                throw new IllegalStateException(e);
            }
            Arrays.stream(body.split("\n")).filter(line -> line.startsWith("- "))
                    .map(line -> line.substring(line.indexOf(" · ") + 3).split(" ")[0]).forEach(names::add);
        }
        return names.stream().filter(name -> name.matches("[ab][0-9]")).collect(Collectors.toCollection(TreeSet::new));
    }

}
