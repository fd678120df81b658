package com.customerhealth.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.Api;
import com.customerhealth.testing.MicroLauncher;
import com.customerhealth.testing.RecordedZendesk;
import com.customerhealth.testing.StoredFixtures;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A backfill from Zendesk survives its server's death: started through the API of a server started as an
 * operator starts one, on the database of the test profile, the server is killed (SIGKILL, as {@code kill -9})
 * while it reads the ticket events, after the tickets' pages were kept. Started again, the server takes the
 * backfill up once the dead one's lease is over and goes on from the kept cursor: the tickets are not read
 * again, and every recorded event is taken once.
 */
class ZendeskBackfillRestartIT {

    /** The password of the user the server is configured with, whose hash arquillian.xml holds too. */
    private static final String PASSWORD = "it-configured-secret";
    private static final String PASSWORD_HASH = "PBKDF2WithHmacSHA256:210000:9duF9yilS1ayA9c6Tyq05QuDOP8QAPVZsj0EuUcGiwg=:"
            + "/dbUU5qRCkKylLl2xVQRkuS+H8KJL7BEAeFVoYP9gfE=";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void aServerKilledWhileReadingGoesOnFromTheKeptCursorOnceStartedAgain() throws Exception {
        String tenant = StoredFixtures.uniqueId("it-backfill-restart");
        List<String> options = List.of("-Dchm.tenancy.default-tenant=" + tenant,
                "-Dchm.security.user.it-restart.password-hash=" + PASSWORD_HASH,
                "-Dchm.security.user.it-restart.groups=admin",
                "-Dchm.outbound.allow-http=true", "-Dchm.outbound.allow-private-targets=true",
                "-Dchm.backfill.poll-ms=250", "-Dchm.backfill.lease-seconds=10");
        try (RecordedZendesk zendesk = RecordedZendesk.start();
             MicroLauncher server = MicroLauncher.startOnTestDatabase("backfill-restart", options, List.of())) {
            server.untilReady();
            Api admin = Api.at(new URL(server.http("/chm/"))).as("it-restart", PASSWORD);
            zendesk.holdNext(RecordedZendesk.TICKET_EVENTS);
            HttpResponse<String> started = admin.postJson("api/v1/backfill", ZendeskBackfillIT.start(zendesk, null));
            assertEquals(201, started.statusCode(), started.body());
            String id = Api.json(started).asJsonObject().getString("id");
            assertTrue(zendesk.holding(RecordedZendesk.TICKET_EVENTS, PATIENCE.toSeconds()),
                    "the backfill reached the ticket events");
            JsonObject beforeKill = ZendeskBackfillIT.job(admin, id);
            assertEquals(2, beforeKill.getInt("pages"), beforeKill.toString());
            assertEquals(4, beforeKill.getInt("eventsRead"), "the tickets' pages hold the customer, the company,"
                    + " a ticket created and one deleted: " + beforeKill);

            server.kill();
            zendesk.release(RecordedZendesk.TICKET_EVENTS);
            zendesk.forget();
            server.startAgain();
            server.untilReady();

            JsonObject done = ZendeskBackfillIT.untilEnded(admin, id);
            assertEquals("done", done.getString("state"), done.toString());
            assertEquals(RecordedZendesk.TICKET_EVENTS + "?start_time=0&include=comment_events", zendesk.requests().get(0),
                    "the server started again goes on from the kept cursor");
            assertFalse(zendesk.requests().stream().anyMatch(request -> request.startsWith(RecordedZendesk.TICKETS)),
                    "the tickets' pages, kept before the kill, are not read again: " + zendesk.requests());
            assertEquals(ZendeskBackfillIT.RECORDED.size(), done.getInt("eventsRead"));
            // At least once: a page stored by a server that went before it kept the cursor is read again, its events
            // duplicates. Payara Micro started again in its folder first runs the application it ran before, then
            // replaces it, which may so cut a page short; each event is still taken exactly once.
            assertEquals(ZendeskBackfillIT.RECORDED.size(), done.getInt("accepted") + done.getInt("duplicates"),
                    done.toString());
            assertEquals(0, done.getInt("rejected"));
            assertEquals("Johnny Customer", Api.json(admin.get("api/v1/customers/20978392/health")).asJsonObject()
                    .getString("name"));
        }
    }

}
