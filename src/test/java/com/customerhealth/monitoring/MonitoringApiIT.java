package com.customerhealth.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.EventProcessing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketCustomerChanged;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.Verdict;
import com.customerhealth.security.Roles;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.MovableClock;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.RandomStreams;
import com.customerhealth.testing.ReferenceScores;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.tickets.TicketStatus;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * History, time travel, lists and the portfolio over events processed as a helpdesk sends them, each test
 * in a tenant of its own; scores are held against a reference that folds the events up to an instant.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringApiIT {

    private static final String SOURCE = "https://desk.example.com";

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Inject
    EventProcessing processing;

    @Inject
    HistoryUpkeep upkeep;

    @Inject
    MovableClock clock;

    @Test
    void timeTravelAndTheStoredHistoryGiveTheScoreAReferenceFoldHadAtEachInstant() {
        String tenant = tenant("tt");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<HelpdeskEvent> stream = RandomStreams.of(tenant, "tt", new Random(5), now);
        List<HelpdeskEvent> delivered = new ArrayList<>(stream);
        Collections.shuffle(delivered, new Random(6));
        process(delivered, 11);
        ReferenceScores.Rules rules = ReferenceScores.Rules.of(Api.json(Api.at(base).as(TestUsers.adminOf(tenant))
                .get("api/v1/settings")).asJsonObject().getJsonObject("rules"));
        Api agent = Api.at(base).as(TestUsers.agentOf(tenant));
        Random random = new Random(9);

        for (int probe = 0; probe < 6; probe++) {
            Instant at = now.minus(Duration.ofMinutes(1 + random.nextInt(80 * 24 * 60)));
            List<HelpdeskEvent> upTo = stream.stream().filter(event -> !event.header().occurredAt().isAfter(at)).toList();
            ReferenceScores.Expected expected = ReferenceScores.of(upTo, rules, at);
            for (Map.Entry<String, ReferenceScores.Result> customer : expected.customers().entrySet()) {
                JsonObject then = Api.json(agent.get("api/v1/customers/" + customer.getKey() + "/health?at=" + at))
                        .asJsonObject();
                assertEquals(customer.getValue().band(), then.getString("band"), customer.getKey() + " at " + at);
                assertEquals(customer.getValue().score(), score(then), customer.getKey() + " at " + at);

                JsonObject history = Api.json(agent.get("api/v1/customers/" + customer.getKey() + "/history?from="
                        + at.minus(Duration.ofDays(1)) + "&to=" + at)).asJsonObject();
                JsonObject last = lastPoint(history.getJsonArray("points"));
                assertEquals(customer.getValue().score(), score(last), "the stored history of " + customer.getKey()
                        + " at " + at);
            }
        }
    }

    @Test
    void historiesKeptEventByEventInAnyOrderEqualTheHistoriesARebuildDerivesFromTheJournal() throws Exception {
        // Streams, orders and batch sizes of their own: tickets moved between customers, late events before
        // a move, merges and deletions each turn up in some of them.
        int[][] runs = {{31, 32, 7}, {41, 42, 1}, {53, 54, 3}};
        for (int[] run : runs) {
            String tenant = tenant("rb");
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            List<HelpdeskEvent> stream = RandomStreams.of(tenant, "rb", new Random(run[0]), now);
            List<HelpdeskEvent> delivered = new ArrayList<>(stream);
            Collections.shuffle(delivered, new Random(run[1]));
            process(delivered, run[2]);
            Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
            Instant to = Instant.now();
            Map<String, String> kept = histories(admin, to);

            rebuild(admin);

            assertEquals(kept, histories(admin, to), "stream " + run[0] + ", order " + run[1] + ", batches of " + run[2]);
        }
    }

    @Test
    void aLateEventFromBeforeATicketChangedHandsRewritesTheHistoryOfItsOwnerThen() throws Exception {
        String tenant = tenant("hands");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        process(List.of(
                new TicketCreated(header(tenant, "h1", now.minus(Duration.ofDays(20))), "T-1", "first-owner", null,
                        now.minus(Duration.ofDays(20)), TicketStatus.OPEN, null, null),
                new CsatRated(header(tenant, "h2", now.minus(Duration.ofDays(15))), "T-1", 3, 1, 3,
                        now.minus(Duration.ofDays(15)), null),
                new TicketCustomerChanged(header(tenant, "h3", now.minus(Duration.ofDays(10))), "T-1", "second-owner",
                        null)), 3);
        Instant late = now.minus(Duration.ofDays(12));

        process(List.of(new CsatRated(header(tenant, "h-late", late), "T-1", 1, 1, 3, late, null)), 1);

        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        JsonArray points = Api.json(admin.get("api/v1/customers/first-owner/history?from="
                + now.minus(Duration.ofDays(30)))).asJsonObject().getJsonArray("points");
        assertTrue(points.stream().map(JsonValue::asJsonObject).anyMatch(point -> point.getString("at")
                .equals(late.toString()) && point.getString("kind").equals("event")),
                "the ticket's owner when it was rated has a point then: " + points);
        Instant to = Instant.now();
        Map<String, String> kept = histories(admin, to);
        rebuild(admin);
        assertEquals(kept, histories(admin, to));
    }

    @Test
    void anEventDatedALittleAheadOfTheClockIsInTheHistoryAtOnce() {
        String tenant = tenant("ahead");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant ahead = now.plus(Duration.ofHours(2));
        process(List.of(new TicketCreated(header(tenant, "a1", now.minus(Duration.ofDays(1))), "T-1", "ahead-customer",
                null, now.minus(Duration.ofDays(1)), TicketStatus.OPEN, null, null)), 1);

        process(List.of(new CsatRated(header(tenant, "a2", ahead), "T-1", 1, 1, 3, ahead, null)), 1);

        Api agent = Api.at(base).as(TestUsers.agentOf(tenant));
        JsonArray points = Api.json(agent.get("api/v1/customers/ahead-customer/history?from="
                + now.minus(Duration.ofDays(2)) + "&to=" + now.plus(Duration.ofHours(3)))).asJsonObject()
                .getJsonArray("points");
        JsonObject rated = points.stream().map(JsonValue::asJsonObject)
                .filter(point -> point.getString("at").equals(ahead.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no point at the rating's instant in " + points));
        assertEquals("a2", rated.getString("reference"));
        JsonObject health = Api.json(agent.get("api/v1/customers/ahead-customer/health")).asJsonObject();
        assertEquals(score(health), score(rated), "the score now counts the rating, as its point does");
    }

    @Test
    void eventsOfOneMillisecondArrivingApartGiveTheHistoryTheyGiveTogether() throws Exception {
        String tenant = tenant("ms");
        Instant at = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS).plusNanos(250_000);
        process(List.of(new TicketCreated(header(tenant, "m1", at), "T-1", "ms-customer", null, at,
                TicketStatus.OPEN, null, null)), 1);
        process(List.of(new CsatRated(header(tenant, "m2", at.plusNanos(500_000)), "T-1", 1, 1, 3,
                at.plusNanos(500_000), null)), 1);
        process(List.of(new TicketInteractionAdded(header(tenant, "m3", at), "T-1", "customer", at, true)), 1);
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        Instant to = Instant.now();
        Map<String, String> kept = histories(admin, to);

        rebuild(admin);

        assertEquals(kept, histories(admin, to));
        JsonArray points = Api.json(admin.get("api/v1/customers/ms-customer/history")).asJsonObject()
                .getJsonArray("points");
        assertEquals(1, points.stream().filter(point -> !point.asJsonObject().getString("kind").equals("day")).count(),
                "one instant, one point: " + points);
    }

    /** Rebuilds the caller's tenant from its journal and waits for the rebuild to finish. */
    private static void rebuild(Api admin) throws InterruptedException {
        HttpResponse<String> asked = admin.postJson("api/v1/rebuild", "{}");
        assertEquals(202, asked.statusCode(), asked.body());
        Instant deadline = Instant.now().plusSeconds(120);
        while (Api.json(admin.get("api/v1/rebuild")).asJsonObject().isNull("finishedAt")) {
            assertTrue(Instant.now().isBefore(deadline), "the rebuild did not finish within 120 s");
            // A background rebuild: asked again a moment later.
            Thread.sleep(100);
        }
    }

    /** Every customer's and company's history of the 100 days up to {@code to}, by kind and id. */
    private static Map<String, String> histories(Api reader, Instant to) {
        Map<String, String> histories = new TreeMap<>();
        for (String kind : List.of("customers", "companies")) {
            JsonObject page = Api.json(reader.get("api/v1/" + kind + "?size=200&sort=name")).asJsonObject();
            for (String id : ids(page)) {
                histories.put(kind + "/" + id, Api.json(reader.get("api/v1/" + kind + "/" + id + "/history?from="
                        + to.minus(Duration.ofDays(100)) + "&to=" + to)).asJsonObject().getJsonArray("points").toString());
            }
        }
        assertTrue(histories.keySet().stream().anyMatch(key -> key.startsWith("customers/")), "no customer");
        return histories;
    }

    @Test
    void aLateEventChangesTheHistoryFromItsInstantOnAndMovesTheScoreOfSevenDaysAgo() {
        String tenant = tenant("late");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String customer = "late-customer";
        List<HelpdeskEvent> events = new ArrayList<>();
        events.add(new TicketCreated(header(tenant, "e1", now.minus(Duration.ofDays(20))), "T-1", customer, null,
                now.minus(Duration.ofDays(20)), TicketStatus.OPEN, null, null));
        events.add(new CsatRated(header(tenant, "e2", now.minus(Duration.ofDays(12))), "T-1", 3, 1, 3,
                now.minus(Duration.ofDays(12)), null));
        process(events, 10);
        Api manager = Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));
        JsonObject before = customerRow(manager, customer);

        Instant late = now.minus(Duration.ofDays(10));
        process(List.of(new CsatRated(header(tenant, "late-1", late), "T-1", 1, 1, 3, late, null)), 1);

        JsonArray points = Api.json(manager.get("api/v1/customers/" + customer + "/history?from="
                + now.minus(Duration.ofDays(30)))).asJsonObject().getJsonArray("points");
        JsonObject atLate = points.stream().map(JsonValue::asJsonObject)
                .filter(point -> point.getString("at").equals(late.toString())).findFirst().orElseThrow(
                        () -> new AssertionError("no point at the late event's instant in " + points));
        assertEquals("event", atLate.getString("kind"));
        assertEquals("late-1", atLate.getString("reference"));
        assertEquals(1.0, atLate.getJsonObject("parameters").getJsonNumber("avgCsat").doubleValue());
        // The rating of 3 twelve days ago gave way to the rating of 1 ten days ago: the score now and the
        // score 7 days ago are both the rewritten history's.
        JsonObject after = customerRow(manager, customer);
        assertEquals(0, before.getInt("delta7"), before.toString());
        assertEquals(score(after) - lastPointBefore(points, now.minus(Duration.ofDays(7))), after.getInt("delta7"));
        assertEquals(List.of(), points.stream().map(JsonValue::asJsonObject)
                .filter(point -> point.getString("kind").equals("day"))
                .filter(point -> Instant.parse(point.getString("at")).isAfter(late)
                        && !Objects.equals(score(point), score(after)))
                .map(JsonObject::toString).toList(), "every day since the late event ends with its score");
    }

    @Test
    void listsFilterByBandCompanyAndTextSortAndPageInTheDatabase() {
        String tenant = tenant("list");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<HelpdeskEvent> events = new ArrayList<>();
        // Happy: one ticket rated 3 of 3. Unhappy: four open tickets with many interactions, rated 1.
        events.add(new CustomerUpserted(header(tenant, "u1", now.minus(Duration.ofDays(5))), "c-happy", "Ada Happy",
                "ada@example.com", "acme", Map.of()));
        events.add(new CustomerUpserted(header(tenant, "u2", now.minus(Duration.ofDays(5))), "c-sad", "Bob Sad",
                "bob@Example.com", "acme", Map.of()));
        events.add(new CustomerUpserted(header(tenant, "u3", now.minus(Duration.ofDays(5))), "c-other", "Cy 100%",
                "cy@else.org", "globex", Map.of()));
        events.add(new TicketCreated(header(tenant, "t1", now.minus(Duration.ofDays(3))), "T-1", "c-happy", "acme",
                now.minus(Duration.ofDays(3)), TicketStatus.SOLVED, null, null));
        events.add(new CsatRated(header(tenant, "r1", now.minus(Duration.ofDays(2))), "T-1", 3, 1, 3,
                now.minus(Duration.ofDays(2)), null));
        for (int t = 2; t <= 5; t++) {
            events.add(new TicketCreated(header(tenant, "t" + t, now.minus(Duration.ofDays(3))), "T-" + t, "c-sad",
                    "acme", now.minus(Duration.ofDays(3)), TicketStatus.OPEN, null, null));
            for (int i = 0; i < 8; i++) {
                events.add(new TicketInteractionAdded(header(tenant, "i" + t + "-" + i, now.minus(Duration.ofDays(2))),
                        "T-" + t, "customer", now.minus(Duration.ofDays(2)), true));
            }
            events.add(new CsatRated(header(tenant, "r" + t, now.minus(Duration.ofDays(1))), "T-" + t, 1, 1, 3,
                    now.minus(Duration.ofDays(1)), null));
        }
        process(events, 50);
        Api manager = Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));

        JsonObject all = Api.json(manager.get("api/v1/customers")).asJsonObject();
        assertEquals(3, all.getInt("total"));
        List<String> byScore = ids(all);
        assertEquals("c-sad", byScore.get(0), "the lowest score comes first: " + all);
        assertEquals(reversedWithTies(byScore, all), ids(Api.json(manager.get("api/v1/customers?sort=-score")).asJsonObject()));
        assertEquals(List.of("c-happy", "c-sad", "c-other"), ids(Api.json(manager.get("api/v1/customers?sort=name")).asJsonObject()));
        assertEquals(List.of("c-sad"), ids(Api.json(manager.get("api/v1/customers?band=poor")).asJsonObject()));
        assertEquals(Set.of("c-happy", "c-other"), new TreeSet<>(ids(Api.json(manager.get(
                "api/v1/customers?band=healthy&band=average")).asJsonObject())));
        assertEquals(List.of("c-happy", "c-sad"), ids(Api.json(manager.get("api/v1/customers?company=acme&sort=name"))
                .asJsonObject()));
        assertEquals(List.of("c-sad"), ids(Api.json(manager.get("api/v1/customers?q=EXAMPLE.COM&band=poor")).asJsonObject()));
        assertEquals(List.of("c-other"), ids(Api.json(manager.get("api/v1/customers?q=" + encode("100%"))).asJsonObject()),
                "a % is matched as itself");
        assertEquals(List.of(), ids(Api.json(manager.get("api/v1/customers?q=" + encode("_"))).asJsonObject()),
                "an _ is matched as itself");
        JsonObject second = Api.json(manager.get("api/v1/customers?sort=name&size=2&page=2")).asJsonObject();
        assertEquals(List.of("c-other"), ids(second));
        assertEquals(3, second.getInt("total"));
        JsonObject past = Api.json(manager.get("api/v1/customers?sort=name&size=2&page=5")).asJsonObject();
        assertEquals(List.of(), ids(past), "a page past the last is empty");
        assertEquals(3, past.getInt("total"), "and still counts the filter's rows");
        JsonObject none = Api.json(manager.get("api/v1/customers?q=nobody&page=2")).asJsonObject();
        assertEquals(0, none.getInt("total"));
        assertEquals(0, Api.json(manager.get("api/v1/customers?q=nobody")).asJsonObject().getInt("total"));
        assertEquals(List.of("acme", "globex"), ids(Api.json(manager.get("api/v1/companies?sort=name")).asJsonObject()));

        for (String bad : List.of("sort=worst", "band=green", "page=0", "size=201", "size=x")) {
            HttpResponse<String> refused = manager.get("api/v1/customers?" + bad);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(refused.body().contains("'" + bad.substring(0, bad.indexOf('=')) + "'"), refused.body());
        }
        assertEquals(403, Api.at(base).as(TestUsers.agentOf(tenant)).get("api/v1/customers").statusCode());
        assertEquals(403, Api.at(base).as(TestUsers.agentOf(tenant)).get("api/v1/portfolio").statusCode());
        assertEquals(200, Api.at(base).as(TestUsers.withRoles(tenant, Roles.ADMIN)).get("api/v1/portfolio").statusCode());
    }

    @Test
    void theCsvHoldsEveryFilteredRowInTheListsOrderAndNoCellIsAFormula() {
        String tenant = tenant("csv");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<HelpdeskEvent> events = new ArrayList<>();
        events.add(new CustomerUpserted(header(tenant, "u0", now.minus(Duration.ofDays(4))), "c-formula",
                "=HYPERLINK(\"http://x\",\"Smith, Ann\")", null, "acme", Map.of()));
        for (int c = 1; c <= 230; c++) {
            String customer = String.format("c-%03d", c);
            events.add(new TicketCreated(header(tenant, "t" + c, now.minus(Duration.ofDays(3))), "T-" + c, customer,
                    c % 2 == 0 ? "acme" : null, now.minus(Duration.ofDays(3)), TicketStatus.SOLVED, null, null));
            events.add(new CsatRated(header(tenant, "r" + c, now.minus(Duration.ofDays(2))), "T-" + c, 1 + c % 3, 1, 3,
                    now.minus(Duration.ofDays(2)), null));
        }
        process(events, 100);
        Api manager = Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));

        for (String filter : List.of("sort=name", "band=poor&sort=score", "company=acme&sort=-score", "q=c-1")) {
            List<String> expected = new ArrayList<>();
            for (int page = 1; ; page++) {
                JsonObject answer = Api.json(manager.get("api/v1/customers?size=50&page=" + page + "&" + filter))
                        .asJsonObject();
                expected.addAll(ids(answer));
                if (expected.size() >= answer.getInt("total")) {
                    break;
                }
            }
            HttpResponse<String> csv = manager.get("api/v1/customers.csv?" + filter);
            assertEquals(200, csv.statusCode(), csv.body());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
            String[] lines = csv.body().split("\r\n");
            assertEquals("id,name,company,score,band,delta7,delta30,lastChangeAt,lastChange", lines[0]);
            List<String> listed = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                listed.add(lines[i].substring(0, lines[i].indexOf(',')));
            }
            assertEquals(expected, listed, filter);
        }
        String all = manager.get("api/v1/customers.csv?q=formula").body();
        assertTrue(all.contains("c-formula,\"'=HYPERLINK(\"\"http://x\"\",\"\"Smith, Ann\"\")\",acme,"), all);
        assertEquals(403, Api.at(base).as(TestUsers.agentOf(tenant)).get("api/v1/customers.csv").statusCode());
        assertEquals(400, manager.get("api/v1/customers.csv?band=green").statusCode());
    }

    @Test
    void aCustomersPageReadsItsTicketsItsCompanyAndItsMoveOverSevenDays() {
        String tenant = tenant("page");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        process(List.of(
                new CustomerUpserted(header(tenant, "u1", now.minus(Duration.ofDays(20))), "c-page", "Ada", null, "acme",
                        Map.of()),
                new TicketCreated(header(tenant, "t1", now.minus(Duration.ofDays(20))), "T-old", "c-page", "acme",
                        now.minus(Duration.ofDays(20)), TicketStatus.SOLVED, null, null),
                new CsatRated(header(tenant, "r1", now.minus(Duration.ofDays(19))), "T-old", 3, 1, 3,
                        now.minus(Duration.ofDays(19)), null),
                new TicketCreated(header(tenant, "t2", now.minus(Duration.ofDays(2))), "T-new", "c-page", "acme",
                        now.minus(Duration.ofDays(2)), TicketStatus.OPEN, null, null),
                new CsatRated(header(tenant, "r2", now.minus(Duration.ofDays(1))), "T-new", 1, 1, 3,
                        now.minus(Duration.ofDays(1)), null),
                new TicketCreated(header(tenant, "t3", now.minus(Duration.ofDays(1))), "T-other", "c-else", null,
                        now.minus(Duration.ofDays(1)), TicketStatus.OPEN, null, null)), 2);
        Api agent = Api.at(base).as(TestUsers.agentOf(tenant));

        JsonObject tickets = Api.json(agent.get("api/v1/customers/c-page/tickets")).asJsonObject();
        assertEquals(List.of("T-new", "T-old"), tickets.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("id")).toList(), "latest activity first, only its own");
        JsonObject latest = tickets.getJsonArray("items").getJsonObject(0);
        assertEquals("open", latest.getString("status"));
        assertEquals(1, latest.getJsonObject("rating").getInt("value"));
        assertEquals(List.of("T-new"), Api.json(agent.get("api/v1/customers/c-page/tickets?size=1")).asJsonObject()
                .getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")).toList());
        assertEquals(400, agent.get("api/v1/customers/c-page/tickets?size=0").statusCode());
        assertEquals(404, agent.get("api/v1/customers/nobody/tickets").statusCode());

        JsonObject history = Api.json(agent.get("api/v1/customers/c-page/history")).asJsonObject();
        assertEquals("acme", history.getString("companyId"));
        assertTrue(Api.json(agent.get("api/v1/companies/acme/history")).asJsonObject().isNull("companyId"));

        JsonObject health = Api.json(agent.get("api/v1/customers/c-page/health")).asJsonObject();
        JsonObject row = customerRow(Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER)), "c-page");
        assertEquals(row.get("delta7"), health.get("delta7"), "the badge tells the move the list does: " + row);
        assertEquals(row.get("delta30"), health.get("delta30"));
        assertEquals("Ada", row.getString("name"));
        assertEquals("acme", row.getString("companyId"));
        assertEquals(health.get("score"), row.get("score"));
        for (String field : List.of("at", "previousScore", "kind", "reference", "summary", "cause")) {
            assertEquals(health.getJsonObject("lastChange").get(field), row.getJsonObject("lastChange").get(field),
                    "the list tells the last change the badge does: " + field + " of " + row);
        }
        assertTrue(health.getInt("delta7") < 0, "the rating of 1 yesterday dropped the score: " + health);
        JsonObject company = Api.json(agent.get("api/v1/companies/acme/health")).asJsonObject();
        assertTrue(company.containsKey("delta7"), company.toString());
        assertTrue(Api.json(agent.get("api/v1/customers/c-page/health?at=" + now)).asJsonObject().isNull("delta7"),
                "a past instant has no moves computed");
    }

    @Test
    void thePortfolioMarksTheSavesOfTheRulesWithinItsTrend() {
        String tenant = tenant("saves");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        process(RandomStreams.of(tenant, "sv", new Random(5), now), 20);
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        assertEquals(0, Api.json(admin.get("api/v1/portfolio")).asJsonObject().getJsonArray("configurationChanges").size());
        JsonObject current = Api.json(admin.get("api/v1/settings")).asJsonObject().getJsonObject("rules");
        String rules = jakarta.json.Json.createObjectBuilder(current).add("windowDays", 45).build().toString();
        HttpResponse<String> saved = admin.putJson("api/v1/settings", rules);
        assertEquals(200, saved.statusCode(), saved.body());

        JsonArray saves = Api.json(admin.get("api/v1/portfolio")).asJsonObject().getJsonArray("configurationChanges");
        assertEquals(1, saves.size(), saves.toString());
        assertEquals(TestUsers.adminOf(tenant), saves.getJsonObject(0).getString("savedBy"));
        assertTrue(!Instant.parse(saves.getJsonObject(0).getString("at")).isBefore(now), saves.toString());
    }

    @Test
    void thePortfolioCountsEveryBandNowAndItsTrendEndsTodayWithTheSameCounts() {
        String tenant = tenant("pf");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        process(RandomStreams.of(tenant, "pf", new Random(21), now), 13);
        Api manager = Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));

        JsonObject portfolio = Api.json(manager.get("api/v1/portfolio")).asJsonObject();

        JsonObject counts = portfolio.getJsonObject("customers");
        for (String band : List.of("healthy", "average", "poor", "no_data")) {
            int listed = Api.json(manager.get("api/v1/customers?size=1&band=" + band)).asJsonObject().getInt("total");
            assertEquals(listed, counts.getInt(band.equals("no_data") ? "noData" : band), band + " in " + portfolio);
        }
        JsonArray trend = portfolio.getJsonArray("trend");
        assertEquals(MonitoringQueries.TREND_DAYS, trend.size());
        JsonObject today = trend.getJsonObject(trend.size() - 1);
        for (String band : List.of("healthy", "average", "poor", "noData")) {
            assertEquals(counts.getInt(band), today.getInt(band), band + " today in " + today);
        }
        for (JsonValue mover : portfolio.getJsonArray("movers")) {
            assertTrue(mover.asJsonObject().getInt("delta7") < 0, mover.toString());
        }
        for (JsonValue riser : portfolio.getJsonArray("risers")) {
            assertTrue(riser.asJsonObject().getInt("delta7") > 0, riser.toString());
        }
    }

    @Test
    void asTimePassesTheMovesOverSevenDaysFollowAndHistoryPastTheRetentionIsTrimmedToItsLastPoint() {
        String tenant = tenant("up");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String customer = "up-customer";
        process(List.of(
                new TicketCreated(header(tenant, "e1", now.minus(Duration.ofDays(20))), "T-1", customer, null,
                        now.minus(Duration.ofDays(20)), TicketStatus.SOLVED, null, null),
                new CsatRated(header(tenant, "e2", now.minus(Duration.ofDays(20))), "T-1", 3, 1, 3,
                        now.minus(Duration.ofDays(20)), null),
                new CsatRated(header(tenant, "e3", now.minus(Duration.ofDays(5))), "T-1", 1, 1, 3,
                        now.minus(Duration.ofDays(5)), null)), 3);
        Api manager = Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));
        JsonObject dropped = customerRow(manager, customer);
        assertTrue(dropped.getInt("delta7") < 0, "the rating of 1 five days ago is within the week: " + dropped);
        try {
            clock.advance(Duration.ofDays(3));
            upkeep.refreshScoresBefore();

            assertEquals(0, customerRow(manager, customer).getInt("delta7"),
                    "eight days after the drop, the week before began after it");

            clock.advance(Duration.ofDays(800));
            upkeep.applyRetention();
            JsonArray points = Api.json(manager.get("api/v1/customers/" + customer + "/history?from="
                    + now.minus(Duration.ofDays(30)) + "&to=" + now)).asJsonObject().getJsonArray("points");
            assertEquals(List.of("e3"), points.stream().map(JsonValue::asJsonObject)
                    .filter(point -> !point.getString("kind").equals("day"))
                    .map(point -> point.getString("reference")).toList(), "only the last point before the retention stays");
            JsonObject portfolio = Api.json(manager.get("api/v1/portfolio")).asJsonObject();
            JsonObject today = portfolio.getJsonArray("trend").getJsonObject(MonitoringQueries.TREND_DAYS - 1);
            assertEquals(1, today.getInt("healthy") + today.getInt("average") + today.getInt("poor")
                    + today.getInt("noData"), "the trend still counts the customer: " + today);
        } finally {
            clock.reset();
        }
    }

    @Test
    void anUnknownSubjectIs404AndARangeTheWrongWayRoundIs400() {
        String tenant = tenant("bad");
        Api agent = Api.at(base).as(TestUsers.agentOf(tenant));
        assertEquals(404, agent.get("api/v1/customers/nobody/history").statusCode());
        assertEquals(404, agent.get("api/v1/companies/nobody/history").statusCode());
        assertEquals(404, agent.get("api/v1/customers/nobody/health?at=2026-01-01T00:00:00Z").statusCode());
        process(List.of(new TicketCreated(header(tenant, "e1", Instant.now().minus(Duration.ofDays(1))), "T-1", "c1",
                null, Instant.now().minus(Duration.ofDays(1)), TicketStatus.OPEN, null, null)), 1);
        HttpResponse<String> backwards = agent.get("api/v1/customers/c1/history?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        assertEquals(400, backwards.statusCode(), backwards.body());
        assertEquals(400, agent.get("api/v1/customers/c1/history?from=yesterday").statusCode());
        for (String far : List.of("to=%2B999999999-12-31T23:59:59Z", "from=-999999999-01-01T00:00:00Z&to=2026-01-01T00:00:00Z",
                "to=%2B10000-01-01T00:00:00Z")) {
            HttpResponse<String> beyond = agent.get("api/v1/customers/c1/history?" + far);
            assertEquals(400, beyond.statusCode(), far + ": " + beyond.body());
        }
        assertEquals(400, agent.get("api/v1/customers/c1/health?at=%2B999999999-12-31T23:59:59Z").statusCode());
        JsonObject before = Api.json(agent.get("api/v1/customers/c1/health?at=2000-01-01T00:00:00Z")).asJsonObject();
        assertEquals("no_data", before.getString("band"), "nothing was known of it then");
    }

    private void process(List<HelpdeskEvent> events, int batch) {
        for (int from = 0; from < events.size(); from += batch) {
            for (Verdict verdict : processing.process(events.subList(from, Math.min(events.size(), from + batch)))) {
                assertEquals("accepted", verdict.status(), verdict.toString());
            }
        }
    }

    private static String tenant(String kind) {
        return kind + "-" + StoredFixtures.uniqueId("t").substring(2, 14);
    }

    private static EventHeader header(String tenant, String id, Instant at) {
        return new EventHeader(tenant, SOURCE, id, at);
    }

    private static JsonObject customerRow(Api manager, String customer) {
        return Api.json(manager.get("api/v1/customers?q=" + customer)).asJsonObject().getJsonArray("items")
                .getJsonObject(0);
    }

    private static Integer score(JsonObject scored) {
        return scored.isNull("score") ? null : scored.getInt("score");
    }

    private static JsonObject lastPoint(JsonArray points) {
        return points.getJsonObject(points.size() - 1);
    }

    private static int lastPointBefore(JsonArray points, Instant at) {
        JsonObject found = null;
        for (JsonValue point : points) {
            if (!Instant.parse(point.asJsonObject().getString("at")).isAfter(at)) {
                found = point.asJsonObject();
            }
        }
        return found.getInt("score");
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("id")).toList();
    }

    /** {@code byScore} highest first, customers of equal score still by id. */
    private static List<String> reversedWithTies(List<String> byScore, JsonObject page) {
        Map<String, Integer> scores = new HashMap<>();
        page.getJsonArray("items").forEach(item -> scores.put(item.asJsonObject().getString("id"),
                score(item.asJsonObject()) == null ? -1000 : score(item.asJsonObject())));
        List<String> expected = new ArrayList<>(byScore);
        expected.sort((a, b) -> scores.get(a).equals(scores.get(b)) ? a.compareTo(b) : scores.get(b) - scores.get(a));
        return expected;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
