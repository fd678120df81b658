package com.customerhealth.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.Api;
import com.customerhealth.testing.Await;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.RecordedZendesk;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A backfill from Zendesk as an admin runs one, against a local server answering as Zendesk's incremental
 * exports do with their documented pages ({@link RecordedZendesk}): started through the API, its first
 * ticket-events request answered 429 with {@code Retry-After}, waited out and read again, every export read
 * to its end with the documented events stored once; a second backfill of the same helpdesk finding only
 * duplicates; a ticket sent live by Zendesk's webhook before the backfill read it taken once; the start's
 * refusals. The restart mid-way is {@link ZendeskBackfillRestartIT}.
 */
@ExtendWith(ArquillianExtension.class)
class ZendeskBackfillIT {

    private static final String BACKFILL = "api/v1/backfill";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** The ids of the events the recorded pages hold, written out from the pages by hand. */
    static final Set<String> RECORDED = Set.of("zendesk-user-20978392-1304591932", "zendesk-organization-509974-1304591932",
            "zendesk-ticket-35436-created", "zendesk-ticket-35437-deleted", "zendesk-comment-91048994488",
            "zendesk-ticket-35436-status-solved-1245924918", "zendesk-rating-35436-1311202529",
            "zendesk-rating-120447-1342824929");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdminsBackfillWaitsOutA429AndReadsEveryExportToItsEnd() {
        String tenant = StoredFixtures.uniqueId("it-zendesk");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordedZendesk zendesk = RecordedZendesk.start()) {
            zendesk.failOnce(RecordedZendesk.TICKET_EVENTS, 429, "2");
            HttpResponse<String> started = admin.postJson(BACKFILL, start(zendesk, null));
            assertEquals(201, started.statusCode(), started.body());
            JsonObject job = Api.json(started).asJsonObject();
            assertFalse(job.containsKey("token"), "a token is never answered");
            assertTrue(job.getBoolean("tokenKept"));
            assertEquals("http://127.0.0.1", job.getString("source").replaceFirst(":\\d+$", ""),
                    "the source is the helpdesk's address, as its live webhooks would name it");
            assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith(BACKFILL + "/" + job.getString("id")));
            String id = job.getString("id");

            HttpResponse<String> again = admin.postJson(BACKFILL, start(zendesk, null));
            assertEquals(409, again.statusCode(), "one backfill of a helpdesk goes at a time: " + again.body());

            Await.until("the backfill to wait for the helpdesk", () -> "waiting".equals(job(admin, id).getString("state")),
                    PATIENCE, () -> job(admin, id).toString());
            JsonObject waiting = job(admin, id);
            assertTrue(waiting.getString("message").contains("429"), waiting.toString());
            assertNotNull(waiting.getString("waitUntil"));

            JsonObject done = untilEnded(admin, id);
            assertEquals("done", done.getString("state"), done.toString());
            assertEquals(2, done.getInt("ticketsRead"));
            assertEquals(RECORDED.size(), done.getInt("eventsRead"));
            assertEquals(RECORDED.size(), done.getInt("accepted"));
            assertEquals(0, done.getInt("duplicates"));
            assertEquals(0, done.getInt("rejected"));
            assertEquals(6, done.getInt("pages"));
            assertEquals(100, done.getInt("percent"));
            assertFalse(done.getBoolean("tokenKept"), "the token is forgotten once done");
            assertNotNull(done.getString("finishedAt"));

            List<String> eventsAsked = zendesk.requests().stream()
                    .filter(request -> request.startsWith(RecordedZendesk.TICKET_EVENTS)).toList();
            assertEquals(RecordedZendesk.TICKET_EVENTS + "?start_time=0&include=comment_events", eventsAsked.get(0));
            assertEquals(eventsAsked.get(0), eventsAsked.get(1), "the page refused with 429 is asked for again");
            String basic = "Basic " + Base64.getEncoder().encodeToString("admin@acme.com/token:it-zendesk-token"
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals(Set.of(basic), Set.copyOf(zendesk.authorizations()));

            JsonObject customer = Api.json(admin.get("api/v1/customers/20978392/health")).asJsonObject();
            assertEquals("Johnny Customer", customer.getString("name"));
            assertEquals("20978392", Api.json(admin.get("api/v1/companies/509974/health")).asJsonObject()
                    .getJsonArray("customers").getJsonObject(0).getString("id"), "the organization is the customer's company");
            assertEquals(List.of("35436"), Api.json(admin.get("api/v1/customers/20978392/tickets")).asJsonObject()
                    .getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")).toList());

            assertEquals(409, admin.postJson(BACKFILL + "/" + id + "/resume", "{\"token\": \"t\"}").statusCode(),
                    "a backfill that is done is not resumed: a new one reads what changed since");

            zendesk.forget();
            HttpResponse<String> second = admin.postJson(BACKFILL, start(zendesk, null));
            assertEquals(201, second.statusCode(), second.body());
            JsonObject reread = untilEnded(admin, Api.json(second).asJsonObject().getString("id"));
            assertEquals("done", reread.getString("state"));
            assertEquals(0, reread.getInt("accepted"), "the same history read again adds nothing: " + reread);
            assertEquals(RECORDED.size(), reread.getInt("duplicates"));
        }
    }

    @Test
    void aTicketSentLiveByZendeskBeforeTheBackfillReadItIsTakenOnce() {
        String tenant = "it-zendesk-live";
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        byte[] webhook = liveTicket();
        String timestamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        HttpResponse<String> live = Api.exchange(HttpRequest.newBuilder(URI.create(base + "api/v1/adapters/zendesk?tenant="
                        + tenant)).header("Content-Type", "application/json")
                .header("X-Zendesk-Webhook-Signature-Timestamp", timestamp)
                .header("X-Zendesk-Webhook-Signature", zendeskSignature("it-zendesk-live-secret", timestamp, webhook))
                .POST(HttpRequest.BodyPublishers.ofByteArray(webhook)).build());
        assertEquals(202, live.statusCode(), live.body());
        JsonObject verdict = Api.json(live).asJsonArray().getJsonObject(0);
        assertEquals("zendesk-ticket-35436-created", verdict.getString("id"));
        assertTrue(Set.of("accepted", "duplicate").contains(verdict.getString("status")), verdict.toString());

        try (RecordedZendesk zendesk = RecordedZendesk.start()) {
            // Named as the live webhooks name this Zendesk, so the same change read here has the same id and source.
            HttpResponse<String> started = admin.postJson(BACKFILL, start(zendesk, "https://it-acme.zendesk.com"));
            assertEquals(201, started.statusCode(), started.body());
            JsonObject done = untilEnded(admin, Api.json(started).asJsonObject().getString("id"));
            assertEquals("done", done.getString("state"), done.toString());
            // On a database this test ran against before, every event is known already; on a new one, just the live one.
            assertEquals(RECORDED.size(), done.getInt("accepted") + done.getInt("duplicates"), done.toString());
            assertTrue(done.getInt("duplicates") >= 1, "the ticket sent live is not taken again: " + done);
            assertEquals(0, done.getInt("rejected"));
        }
    }

    @Test
    void aWrongStartIsRefusedFieldByFieldAndAnUnknownBackfillIsNotFound() {
        Api admin = Api.at(base).as(TestUsers.adminOf(StoredFixtures.uniqueId("it-zendesk")));
        HttpResponse<String> refused = admin.postJson(BACKFILL, "{\"kind\": \"freshdesk\", \"url\": \"ftp://x\","
                + " \"since\": \"last year\", \"requestsPerMinute\": 0, \"password\": \"p\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        Set<String> fields = Api.json(refused).asJsonObject().getJsonArray("fields").stream()
                .map(field -> field.asJsonObject().getString("field") + " " + field.asJsonObject().getString("key"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("password backfill.unknownField", "kind backfill.kind", "url outbound.scheme",
                "token backfill.missing", "since backfill.since", "requestsPerMinute backfill.rate"), fields);
        assertEquals(400, admin.postJson(BACKFILL, "[]").statusCode());
        assertEquals(404, admin.get(BACKFILL + "/no-such-backfill").statusCode());
        assertEquals(404, admin.postJson(BACKFILL + "/no-such-backfill/cancel", "{}").statusCode());
        JsonObject listed = Api.json(admin.get(BACKFILL)).asJsonObject();
        assertTrue(listed.getJsonArray("kinds").stream().anyMatch(kind -> kind.asJsonObject().getString("kind")
                .equals("zendesk") && kind.asJsonObject().getInt("requestsPerMinute") == 10), listed.toString());
        assertEquals(0, listed.getJsonArray("items").size(), "a tenant that started none lists none");
    }

    @Test
    void startsOfTheSameHelpdeskAtOneMomentMakeOneBackfill() throws Exception {
        Api admin = Api.at(base).as(TestUsers.adminOf(StoredFixtures.uniqueId("it-zendesk")));
        try (RecordedZendesk zendesk = RecordedZendesk.start()) {
            zendesk.holdNext(RecordedZendesk.TICKETS);
            List<CompletableFuture<HttpResponse<String>>> starts = IntStream.range(0, 4).mapToObj(n -> CompletableFuture
                    .supplyAsync(() -> admin.postJson(BACKFILL, start(zendesk, null)))).toList();
            List<Integer> statuses = starts.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted()
                    .toList();
            assertEquals(List.of(201, 409, 409, 409), statuses);
            zendesk.release(RecordedZendesk.TICKETS);
            JsonObject listed = Api.json(admin.get(BACKFILL)).asJsonObject();
            assertEquals(1, listed.getJsonArray("items").size(), listed.toString());
        }
    }

    @Test
    void aCancelledBackfillStopsAndResumesFromItsCursorWithANewToken() throws InterruptedException {
        String tenant = StoredFixtures.uniqueId("it-zendesk");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        try (RecordedZendesk zendesk = RecordedZendesk.start()) {
            zendesk.holdNext(RecordedZendesk.TICKET_EVENTS);
            String id = Api.json(admin.postJson(BACKFILL, start(zendesk, null))).asJsonObject().getString("id");
            assertTrue(zendesk.holding(RecordedZendesk.TICKET_EVENTS, 60), "the backfill reached the ticket events");
            JsonObject cancelled = Api.json(admin.postJson(BACKFILL + "/" + id + "/cancel", "{}")).asJsonObject();
            assertEquals("cancelled", cancelled.getString("state"));
            assertFalse(cancelled.getBoolean("tokenKept"));
            zendesk.release(RecordedZendesk.TICKET_EVENTS);
            Await.until("the cancelled backfill's reader to let it go", () -> job(admin, id).getInt("pages") >= 2
                    && !zendesk.requests().contains(RecordedZendesk.USERS + "?ids=5031726587"), PATIENCE);
            JsonObject stopped = job(admin, id);
            assertEquals("cancelled", stopped.getString("state"));
            assertEquals(2, stopped.getInt("ticketsRead"), stopped.toString());

            zendesk.forget();
            HttpResponse<String> resumed = admin.postJson(BACKFILL + "/" + id + "/resume", "{\"token\": \"it-zendesk-token-2\"}");
            assertEquals(200, resumed.statusCode(), resumed.body());
            JsonObject done = untilEnded(admin, id);
            assertEquals("done", done.getString("state"), done.toString());
            assertEquals(RecordedZendesk.TICKET_EVENTS + "?start_time=0&include=comment_events", zendesk.requests().get(0),
                    "the resumption goes on from the kept cursor, not from the tickets");
            assertTrue(zendesk.authorizations().stream().allMatch(header -> header.equals("Basic " + Base64.getEncoder()
                    .encodeToString("admin@acme.com/token:it-zendesk-token-2".getBytes(StandardCharsets.UTF_8)))));
            assertEquals(RECORDED.size(), done.getInt("accepted") + done.getInt("duplicates"));
        }
    }

    /** A start of a backfill of {@code zendesk}, its events named {@code source} (null: as the API derives it). */
    static String start(RecordedZendesk zendesk, String source) {
        var request = Json.createObjectBuilder().add("kind", "zendesk").add("url", zendesk.base().toString())
                .add("user", "admin@acme.com").add("token", "it-zendesk-token").add("requestsPerMinute", 6000);
        if (source != null) {
            request.add("source", source);
        }
        return request.build().toString();
    }

    static JsonObject job(Api admin, String id) {
        return Api.json(admin.get(BACKFILL + "/" + id)).asJsonObject();
    }

    static JsonObject untilEnded(Api admin, String id) {
        Await.until("backfill " + id + " to end", () -> Set.of("done", "failed", "cancelled")
                .contains(job(admin, id).getString("state")), PATIENCE, () -> job(admin, id).toString());
        return job(admin, id);
    }

    /** Zendesk's documented ticket-created webhook, told of the recorded export's ticket 35436 and its requester. */
    private static byte[] liveTicket() {
        try (InputStream in = ZendeskBackfillIT.class.getResourceAsStream("/adapters/zendesk/ticket_created.json")) {
            String recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return recorded.replace("\"5158\"", "\"35436\"").replace("\"requester_id\": \"8447388090494\"",
                    "\"requester_id\": \"20978392\"").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Zendesk's signature, as its documentation describes it: base64 of HMAC-SHA256(secret, timestamp + body). */
    private static String zendeskSignature(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
