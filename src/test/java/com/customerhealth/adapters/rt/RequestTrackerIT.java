package com.customerhealth.adapters.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketCustomerChanged;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketMerged;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.Await;
import com.customerhealth.testing.MicroLauncher;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.tickets.TicketStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Request Tracker 5 end to end, against the real RT that {@code .ci/request-tracker} installs and starts
 * (Debian's packages, on 127.0.0.1:8095, the plugin's scrip installed, its events URL
 * {@code http://127.0.0.1:8096/chm/api/v1/events}): tickets are created, answered by customers and agents,
 * commented, resolved, rated, moved to another requestor and merged through RT's REST 2.0; the scrip posts
 * them to a plugin this test starts on the port RT's configuration names (Arquillian's random port could
 * not be told to RT beforehand), on the database of the test profile. The scores equal those of the same story written by hand as contract
 * events to tenant it-other; a backfill from RT into the same plugin finds only duplicates; and a second
 * plugin, on an embedded database of its own, filled by a backfill from RT alone, ends in the same scores.
 *
 * <p>Skipped where no RT answers, unless {@code -Dchm.it.rt=required} (as {@code .ci/run} sets it), which
 * fails instead.
 */
class RequestTrackerIT {

    private static final String RT = System.getProperty("chm.it.rt.url", "http://127.0.0.1:8095");
    private static final int EVENTS_PORT = Integer.getInteger("chm.it.rt.events-port", 8096);
    private static final Path TOKEN = Path.of(System.getProperty("chm.it.rt.token-file", "/var/lib/chm-rt/token"));
    /** The user the plugins are configured with, whose hash arquillian.xml holds too. */
    private static final String PASSWORD = "it-configured-secret";
    private static final String PASSWORD_HASH = "PBKDF2WithHmacSHA256:210000:9duF9yilS1ayA9c6Tyq05QuDOP8QAPVZsj0EuUcGiwg=:"
            + "/dbUU5qRCkKylLl2xVQRkuS+H8KJL7BEAeFVoYP9gfE=";
    private static final String CUSTOMER_PASSWORD = "rt-customer-secret";
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)\"?");

    private static String token;

    @BeforeAll
    static void requestTrackerAnswers() {
        String why = null;
        try {
            int status = CLIENT.send(HttpRequest.newBuilder(URI.create(RT + "/REST/2.0/")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200 && status != 401) {
                why = "RT at " + RT + " answered " + status;
            } else if (!Files.isReadable(TOKEN)) {
                why = "no RT token in " + TOKEN + " (.ci/request-tracker writes it)";
            } else {
                token = Files.readString(TOKEN).strip();
            }
        } catch (IOException e) {
            why = "no RT answers at " + RT + " (.ci/request-tracker starts one): " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted";
        }
        if (why != null) {
            if ("required".equals(System.getProperty("chm.it.rt"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    @Test
    void ticketsWorkedInRtReachThePluginThroughTheScripAndABackfillFromRtGivesTheSameScores() throws Exception {
        Instant start = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Story story = new Story(run);
        Map<String, String> live;
        try (MicroLauncher server = MicroLauncher.startOnTestDatabase("rt-live", EVENTS_PORT, options(), List.of())) {
            server.untilReady();
            URL base = new URL(server.http("/chm/"));
            Api agent = Api.at(base).as("it-rt", PASSWORD);
            Api other = Api.at(base).as("it-rt-other", PASSWORD);

            List<HelpdeskEvent> contract = story.playInRt();
            HttpResponse<String> posted = new SignedEvents(base).postBatch(contract);
            assertEquals(202, posted.statusCode(), posted.body());
            assertTrue(!posted.body().contains("rejected"), posted.body());

            Await.until("the scrip's events to give the scores of the same story posted as contract events",
                    () -> scores(agent, story).equals(scores(other, story)), PATIENCE,
                    () -> "through RT: " + scores(agent, story) + ", as contract events: " + scores(other, story)
                            + "\n" + server.log());
            live = scores(agent, story);
            assertTrue(live.values().stream().noneMatch(score -> score.startsWith("null")), live.toString());

            JsonObject again = backfill(agent, start, server);
            assertEquals("done", again.getString("state"), again.toString());
            assertTrue(again.getJsonNumber("eventsRead").longValue() > 0, again.toString());
            assertEquals(0, again.getJsonNumber("accepted").longValue(),
                    "a backfill over tickets the scrip posted finds only duplicates: " + again);
            assertEquals(again.getJsonNumber("eventsRead").longValue(), again.getJsonNumber("duplicates").longValue());
            assertEquals(live, scores(agent, story));
        }

        // Two tickets a page, a request a second: the backfill is still reading when its server is killed.
        List<String> slow = new ArrayList<>(options());
        slow.addAll(List.of("-Dchm.adapters.rt.page-size=2", "-Dchm.backfill.lease-seconds=10"));
        try (MicroLauncher server = MicroLauncher.start("rt-backfilled", slow, List.of())) {
            server.untilReady();
            Api agent = Api.at(new URL(server.http("/chm/"))).as("it-rt", PASSWORD);
            String id = startBackfill(agent, start, 60);
            Await.until("the backfill's first page to be kept", () -> job(agent, id).getJsonNumber("pages").longValue() >= 1,
                    PATIENCE, server::log);
            server.kill();
            server.startAgain();
            server.untilReady();
            JsonObject filled = untilEnded(agent, id, server);
            assertEquals("done", filled.getString("state"), filled.toString());
            assertTrue(filled.getJsonNumber("accepted").longValue() > 0, filled.toString());
            assertTrue(filled.getJsonNumber("pages").longValue() >= 3, "five tickets, two a page: " + filled);
            assertEquals(filled.getJsonNumber("ticketsTotal").longValue(), filled.getJsonNumber("ticketsRead").longValue(),
                    "every ticket the search counted read once, a page read again after the kill aside: " + filled);
            assertTrue(filled.getJsonNumber("ticketsRead").longValue() >= story.tickets.size() - 1, filled.toString());
            assertEquals(live, scores(agent, story), "a plugin filled from RT's history alone scores as the live one");
        }
    }

    private static List<String> options() {
        return List.of("-Dchm.events.secret=" + SignedEvents.DEFAULT_SECRET,
                "-Dchm.events.secret." + TestUsers.OTHER_TENANT + "=" + SignedEvents.OTHER_TENANT_SECRET,
                "-Dchm.security.user.it-rt.password-hash=" + PASSWORD_HASH,
                "-Dchm.security.user.it-rt.groups=admin,agent",
                "-Dchm.security.user.it-rt-other.password-hash=" + PASSWORD_HASH,
                "-Dchm.security.user.it-rt-other.groups=agent,tenant:" + TestUsers.OTHER_TENANT,
                "-Dchm.outbound.allow-http=true", "-Dchm.outbound.allow-private-targets=true",
                "-Dchm.backfill.poll-ms=250");
    }

    /** Starts a backfill of the default tenant from RT, of what changed since {@code since}, and waits for its end. */
    private static JsonObject backfill(Api admin, Instant since, MicroLauncher server) {
        return untilEnded(admin, startBackfill(admin, since, 6000), server);
    }

    /** Starts a backfill of the default tenant from RT of what changed since {@code since}; its id. */
    private static String startBackfill(Api admin, Instant since, int requestsPerMinute) {
        HttpResponse<String> started = admin.postJson("api/v1/backfill", Json.createObjectBuilder().add("kind", "rt")
                .add("url", RT).add("token", token).add("since", since.toString())
                .add("requestsPerMinute", requestsPerMinute).build().toString());
        assertTrue(started.statusCode() == 201 || started.statusCode() == 202, started.statusCode() + " " + started.body());
        return Api.json(started).asJsonObject().getString("id");
    }

    private static JsonObject job(Api admin, String id) {
        return Api.json(admin.get("api/v1/backfill/" + id)).asJsonObject();
    }

    private static JsonObject untilEnded(Api admin, String id, MicroLauncher server) {
        JsonObject[] job = new JsonObject[1];
        Await.until("the backfill from RT to end", () -> {
            job[0] = job(admin, id);
            return List.of("done", "failed", "cancelled").contains(job[0].getString("state"));
        }, PATIENCE, () -> job[0] + "\n" + server.log());
        return job[0];
    }

    /** The score and band of each customer and company of the story, as {@code agent}'s tenant has them. */
    private static Map<String, String> scores(Api agent, Story story) {
        Map<String, String> scores = new LinkedHashMap<>();
        for (String customer : story.customers()) {
            scores.put(customer, score(agent, "api/v1/customers/" + path(customer) + "/health"));
        }
        for (String company : story.companies()) {
            scores.put(company, score(agent, "api/v1/companies/" + path(company) + "/health"));
        }
        return scores;
    }

    private static String score(Api agent, String path) {
        HttpResponse<String> answer = agent.get(path);
        if (answer.statusCode() == 404) {
            return "unknown";
        }
        JsonObject health = Api.json(answer).asJsonObject();
        StringBuilder score = new StringBuilder(health.isNull("score") ? "null" : Integer.toString(health.getInt("score")))
                .append(' ').append(health.getString("band"));
        // each parameter's value (a customer) or each member's tickets (a company) too: a score of 100 hides
        // how it was reached
        if (health.containsKey("parameters")) {
            for (JsonObject parameter : health.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                score.append(' ').append(parameter.getString("key")).append('=').append(parameter.get("value"));
            }
        } else {
            for (JsonObject member : health.getJsonArray("customers").getValuesAs(JsonObject.class)) {
                score.append(' ').append(member.getString("id")).append('=').append(member.get("tickets"));
            }
        }
        return score.toString();
    }

    private static String path(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }


    /**
     * The story: three customers of two companies (names unique to the run, as RT keeps what earlier runs
     * made), six tickets worked through REST 2.0, and the same story as contract events of tenant it-other,
     * written down step by step as a helpdesk integrator would, one minute apart.
     */
    private static final class Story {

        private final String ann;
        private final String ben;
        private final String cid;
        private final String acme;
        private final String beta;
        private final List<String> tickets = new ArrayList<>();
        private final List<HelpdeskEvent> contract = new ArrayList<>();
        private final Instant base = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Story(String run) {
            ann = "ann-" + run + "@acme.example";
            ben = "ben-" + run + "@acme.example";
            cid = "cid-" + run + "@beta.example";
            acme = "Acme " + run;
            beta = "Beta " + run;
        }

        List<String> customers() {
            return List.of(ann, ben, cid);
        }

        List<String> companies() {
            return List.of(acme, beta);
        }

        List<HelpdeskEvent> playInRt() {
            user(ann, "Ann", acme);
            user(ben, "Ben", acme);
            user(cid, "Cid", beta);
            company(acme);
            company(beta);

            String first = ticket(ann, "Invoice missing", acme);
            reply(first, ann);
            status(first, TicketStatus.OPEN); // RT opens a new ticket on its first reply
            interaction(first, "customer", true);
            reply(first, null);
            interaction(first, "agent", true);
            comment(first);
            interaction(first, "agent", false);
            set(first, "{\"Status\":\"resolved\"}");
            status(first, TicketStatus.SOLVED);
            set(first, "{\"CustomFields\":{\"Satisfaction\":\"4\"}}");
            contract.add(new CsatRated(header(), first, 4, 1, 5, at(), null));

            String second = ticket(ann, "Password reset", acme);
            reply(second, null);
            status(second, TicketStatus.OPEN);
            interaction(second, "agent", true);

            String third = ticket(ben, "Export broken", acme);
            reply(third, ben);
            status(third, TicketStatus.OPEN);
            interaction(third, "customer", true);
            String fourth = ticket(ben, "Export broken again", acme);
            set(fourth, "{\"MergeInto\":\"" + third + "\"}");
            contract.add(new TicketMerged(header(), fourth, third));

            String fifth = ticket(ann, "Contract question", acme);
            set(fifth, "{\"Requestor\":[\"" + cid + "\"]}");
            contract.add(new TicketCustomerChanged(header(), fifth, cid, beta));
            reply(fifth, null);
            status(fifth, TicketStatus.OPEN);
            interaction(fifth, "agent", true);
            set(fifth, "{\"Status\":\"stalled\"}");
            status(fifth, TicketStatus.ON_HOLD);

            String sixth = ticket(cid, "Wrong address", beta);
            set(sixth, "{\"Status\":\"rejected\"}");
            status(sixth, TicketStatus.CLOSED);
            return contract;
        }

        private void user(String email, String name, String company) {
            rt("POST", "user", null, "{\"Name\":\"" + email + "\",\"EmailAddress\":\"" + email + "\",\"RealName\":\""
                    + name + "\",\"Organization\":\"" + company + "\",\"Password\":\"" + CUSTOMER_PASSWORD + "\"}");
            contract.add(new CustomerUpserted(header(), email, name, email, company, Map.of()));
        }

        private void company(String company) {
            contract.add(new CompanyUpserted(header(), company, company, Map.of()));
        }

        private String ticket(String requestor, String subject, String company) {
            String created = rt("POST", "ticket", null, "{\"Queue\":\"General\",\"Subject\":\"" + subject
                    + "\",\"Requestor\":\"" + requestor + "\",\"Content\":\"" + subject + "\",\"ContentType\":\"text/plain\"}");
            Matcher id = ID.matcher(created);
            assertTrue(id.find(), created);
            tickets.add(id.group(1));
            contract.add(new TicketCreated(header(), id.group(1), requestor, company, at(), TicketStatus.NEW, null,
                    null, subject));
            return id.group(1);
        }

        /** A reply by {@code customer} signed in as themselves, or by the agent (RT's root) for {@code null}. */
        private void reply(String ticket, String customer) {
            rt("POST", "ticket/" + ticket + "/correspond", customer,
                    "{\"Content\":\"About that\",\"ContentType\":\"text/plain\"}");
        }

        private void comment(String ticket) {
            rt("POST", "ticket/" + ticket + "/comment", null, "{\"Content\":\"Note\",\"ContentType\":\"text/plain\"}");
        }

        private void set(String ticket, String json) {
            rt("PUT", "ticket/" + ticket, null, json);
        }

        private void status(String ticket, TicketStatus status) {
            contract.add(new TicketStatusChanged(header(), ticket, status, at()));
        }

        private void interaction(String ticket, String author, boolean publicly) {
            contract.add(new TicketInteractionAdded(header(), ticket, author, at(), publicly));
        }

        private EventHeader header() {
            return new EventHeader(TestUsers.OTHER_TENANT, "contract:rt-story", "story-" + contract.size(), at());
        }

        private Instant at() {
            return base.plus(contract.size(), ChronoUnit.MINUTES);
        }

        private String rt(String method, String path, String customer, String json) {
            String authorization = customer == null ? "token " + token : "Basic " + Base64.getEncoder()
                    .encodeToString((customer + ":" + CUSTOMER_PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(RT + "/REST/2.0/" + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<String> answer = Api.exchange(request);
            assertTrue(answer.statusCode() / 100 == 2, method + " " + path + ": " + answer.statusCode() + " " + answer.body());
            return answer.body();
        }
    }
}
