package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.EventProcessing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.events.Verdict;
import com.customerhealth.security.Roles;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.tickets.TicketStatus;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alerts raised as scores move, through {@code api/v1/alerts}, on each database: a customer that falls
 * from healthy to poor on ratings at the bottom of the scale raises a band drop, a score drop and a low
 * CSAT, each once; its company's band drop too; the band regained resolves the band drop; agents read,
 * managers acknowledge; filters (one subject's alerts among them), refusals and tenants apart; each alert
 * raised or acknowledged told on the change stream to its tenant's followers only. The expected bands and
 * scores are those the health API answered before and after, not the alerts' own. And each tenant's rules
 * through {@code api/v1/alerts/rules}: the configured defaults until a tenant saves its own, the saved ones in
 * force for that tenant alone from its next event on (the configured ones again after going back to them),
 * every wrong setting refused at once with nothing saved, changes made only to the version they were based
 * on, and who may read and write them. Each test has tenants of its own.
 */
@ExtendWith(ArquillianExtension.class)
class AlertsApiIT {

    private static final String SOURCE = "https://desk.example.com";
    private static final String RULES = "api/v1/alerts/rules";

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Inject
    EventProcessing processing;

    @Test
    void aFallToPoorRaisesEachKindOnceAndTheBandRegainedResolvesTheBandDrop() {
        String tenant = tenant("fall");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Api manager = Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));
        process(List.of(
                new CompanyUpserted(header(tenant, "co", now.minus(Duration.ofDays(3))), "acme", "Acme Ltd", Map.of()),
                new CustomerUpserted(header(tenant, "cu", now.minus(Duration.ofDays(3))), "ada", "Ada Lovelace", null,
                        "acme", Map.of()),
                new TicketCreated(header(tenant, "t0", now.minus(Duration.ofDays(3))), "T-0", "ada", "acme",
                        now.minus(Duration.ofDays(3)), TicketStatus.SOLVED, null, null, null),
                new CsatRated(header(tenant, "r0", now.minus(Duration.ofDays(2))), "T-0", 3, 1, 3,
                        now.minus(Duration.ofDays(2)), null)));
        JsonObject before = health(manager, "customers/ada");
        JsonObject companyBefore = health(manager, "companies/acme");
        assertEquals(0, alerts(manager, "").size(), "a first score raises nothing");

        List<HelpdeskEvent> fall = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            fall.add(new TicketCreated(header(tenant, "t" + t, now.minus(Duration.ofDays(1))), "T-" + t, "ada", "acme",
                    now.minus(Duration.ofDays(1)), TicketStatus.SOLVED, null, null, null));
            fall.add(new CsatRated(header(tenant, "r" + t, now.minus(Duration.ofHours(5 - t))), "T-" + t, 1, 1, 3,
                    now.minus(Duration.ofHours(5 - t)), null));
        }
        for (HelpdeskEvent event : fall) {
            process(List.of(event));
        }
        JsonObject after = health(manager, "customers/ada");
        JsonObject companyAfter = health(manager, "companies/acme");
        assertTrue(rank(after) > rank(before), "the scenario drops the band: " + before + " then " + after);
        assertTrue(before.getInt("score") - after.getInt("score") >= 30, "and the score by 30: " + after);

        List<JsonObject> raised = alerts(manager, "");
        Map<String, List<JsonObject>> ada = raised.stream().filter(alert -> alert.getJsonObject("subject")
                .getString("id").equals("ada")).collect(Collectors.groupingBy(alert -> alert.getString("kind")));
        assertEquals(Set.of("band_drop", "score_drop", "low_csat"), ada.keySet(), raised.toString());
        ada.values().forEach(each -> assertEquals(1, each.size(), "once per kind within the cool-down: " + each));
        JsonObject bandDrop = ada.get("band_drop").get(0);
        assertEquals("customer", bandDrop.getJsonObject("subject").getString("type"));
        assertEquals("Ada Lovelace", bandDrop.getJsonObject("subject").getString("name"));
        assertEquals(before.getString("band"), bandDrop.getString("previousBand"));
        assertTrue(rank(bandDrop) > rank(before) && rank(bandDrop) <= rank(after),
                "the first worse band; a further one within the cool-down raises no other: " + bandDrop);
        assertEquals("open", bandDrop.getString("state"));
        assertEquals("event", bandDrop.getJsonObject("cause").getString("kind"));
        assertTrue(bandDrop.getString("summary").startsWith("Ada Lovelace dropped from " + before.getString("band")
                + " to "), bandDrop.getString("summary"));
        JsonObject lowCsat = ada.get("low_csat").get(0);
        assertEquals("r1", lowCsat.getJsonObject("cause").getString("reference"),
                "the first rating at the bottom of the scale: " + lowCsat);
        JsonObject scoreDrop = ada.get("score_drop").get(0);
        assertEquals(before.getInt("score"), scoreDrop.getInt("previousScore"),
                "a score drop falls from the highest score of the days before");
        List<String> ofAcme = ids(raised.stream().filter(alert -> alert.getJsonObject("subject").getString("type")
                .equals("company")).toList());
        assertFalse(ofAcme.isEmpty(), "Acme, Ada's alone, drops with her: " + raised);
        assertEquals(ofAcme, ids(alerts(manager, "?subjectType=company&subjectId=acme")), "the company's alerts alone");
        assertEquals(ids(raised).stream().filter(id -> !ofAcme.contains(id)).toList(),
                ids(alerts(manager, "?subjectType=customer&subjectId=ada")), "the customer's alerts alone");
        if (rank(companyAfter) > rank(companyBefore)) {
            assertTrue(raised.stream().anyMatch(alert -> alert.getString("kind").equals("band_drop")
                    && alert.getJsonObject("subject").getString("type").equals("company")
                    && alert.getJsonObject("subject").getString("name").equals("Acme Ltd")), raised.toString());
        }

        process(List.of(new CsatRated(header(tenant, "g1", now), "T-1", 3, 1, 3, now, null)));
        assertEquals("resolved", state(manager, lowCsat), "a rating above the bottom of the scale resolves a low CSAT");
        List<HelpdeskEvent> undone = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            undone.add(new TicketDeleted(header(tenant, "d" + t, now), "T-" + t));
        }
        process(undone);
        assertEquals(before.getString("band"), health(manager, "customers/ada").getString("band"),
                "without the four tickets the customer stands where it stood");
        JsonObject resolved = Api.json(manager.get("api/v1/alerts/" + bandDrop.getString("id"))).asJsonObject();
        assertEquals("resolved", resolved.getString("state"), "the band regained resolves the band drop: " + resolved);
        assertFalse(resolved.isNull("resolvedAt"));
        assertEquals("resolved", state(manager, scoreDrop), "the score regained resolves the score drop");
        assertEquals(409, manager.postJson("api/v1/alerts/" + bandDrop.getString("id") + "/acknowledge", "{}")
                .statusCode(), "a resolved alert is over");
    }

    @Test
    void agentsReadManagersAcknowledgeAndFiltersAndTenantsHoldApart() {
        String tenant = tenant("ack");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        process(List.of(
                new TicketCreated(header(tenant, "t0", now.minus(Duration.ofDays(1))), "T-0", "bob", null,
                        now.minus(Duration.ofDays(1)), TicketStatus.SOLVED, null, null, null),
                new CsatRated(header(tenant, "r0", now.minus(Duration.ofHours(20))), "T-0", 3, 1, 3,
                        now.minus(Duration.ofHours(20)), null)));
        process(List.of(new CsatRated(header(tenant, "r1", now), "T-0", 1, 1, 3, now, null)));
        Api manager = Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));
        Api agent = Api.at(base).as(TestUsers.agentOf(tenant));
        List<JsonObject> all = alerts(agent, "");
        assertFalse(all.isEmpty(), "the rating of 1 of 3 raised alerts");
        JsonObject lowCsat = alerts(agent, "?kind=low_csat").get(0);
        assertEquals(List.of("low_csat"), alerts(agent, "?kind=low_csat").stream().map(a -> a.getString("kind"))
                .distinct().toList());

        assertEquals(403, agent.postJson("api/v1/alerts/" + lowCsat.getString("id") + "/acknowledge", "{}").statusCode());
        HttpResponse<String> acknowledged = manager.postJson("api/v1/alerts/" + lowCsat.getString("id") + "/acknowledge", "{}");
        assertEquals(200, acknowledged.statusCode(), acknowledged.body());
        JsonObject state = Api.json(acknowledged).asJsonObject();
        assertEquals("acknowledged", state.getString("state"));
        assertFalse(state.isNull("acknowledgedBy"));
        assertFalse(state.isNull("acknowledgedAt"));
        assertEquals(state, Api.json(manager.postJson("api/v1/alerts/" + lowCsat.getString("id") + "/acknowledge", "{}"))
                .asJsonObject(), "acknowledging again answers the alert as it is");
        assertEquals(List.of(lowCsat.getString("id")), ids(alerts(agent, "?state=acknowledged")));
        assertFalse(ids(alerts(agent, "?state=open")).contains(lowCsat.getString("id")));
        assertEquals(new TreeSet<>(ids(all)), new TreeSet<>(ids(alerts(agent, "?state=open,acknowledged"))));

        JsonObject page = Api.json(agent.get("api/v1/alerts?size=1&page=1")).asJsonObject();
        assertEquals(all.size(), page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        for (String bad : List.of("state=closed", "kind=churn", "page=0", "size=201", "size=x")) {
            HttpResponse<String> refused = agent.get("api/v1/alerts?" + bad);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(refused.body().contains("'" + bad.substring(0, bad.indexOf('=')) + "'"), refused.body());
        }
        assertEquals(404, agent.get("api/v1/alerts/no-such-alert").statusCode());
        assertEquals(404, manager.postJson("api/v1/alerts/no-such-alert/acknowledge", "{}").statusCode());
        Api stranger = Api.at(base).as(TestUsers.withRoles(tenant("other"), Roles.MANAGER));
        assertEquals(List.of(), alerts(stranger, ""), "another tenant sees none of them");
        assertEquals(404, stranger.get("api/v1/alerts/" + lowCsat.getString("id")).statusCode());
    }

    @Test
    void theSubjectFilterKeepsTheAlertsOfOneCustomerOrCompany() {
        String tenant = tenant("subject");
        Api agent = Api.at(base).as(TestUsers.agentOf(tenant));
        dropOnALowRating(tenant, "ada");
        dropOnALowRating(tenant, "bob");
        List<JsonObject> all = alerts(agent, "?size=200");
        for (String customer : List.of("ada", "bob")) {
            List<String> own = ids(all.stream().filter(alert -> alert.getJsonObject("subject").getString("type")
                    .equals("customer") && alert.getJsonObject("subject").getString("id").equals(customer)).toList());
            assertFalse(own.isEmpty(), customer + "'s rating of 1 of 3 raised alerts: " + all);
            assertEquals(own, ids(alerts(agent, "?subjectType=customer&subjectId=" + customer)), customer);
            assertEquals(own, ids(alerts(agent, "?subjectId=" + customer + "&state=open&subjectType=customer")),
                    "with the other filters");
        }
        assertEquals(1, ids(alerts(agent, "?subjectType=customer&subjectId=ada&kind=low_csat")).size());
        assertEquals(List.of(), alerts(agent, "?subjectType=company&subjectId=ada"), "a company of that id has none");
        assertEquals(List.of(), alerts(agent, "?subjectType=customer&subjectId=ADA"), "ids are exact");
        assertEquals(List.of(), alerts(Api.at(base).as(TestUsers.agentOf(tenant("subject"))),
                "?subjectType=customer&subjectId=ada"), "another tenant's ada has none");

        Map<String, String> refusals = Map.of(
                "subjectType=person&subjectId=ada", "'subjectType'",
                "subjectType=Customer&subjectId=ada", "'subjectType'",
                "subjectType=customer", "'subjectId'",
                "subjectId=ada", "'subjectType'",
                "subjectType=customer&subjectId=", "'subjectId'",
                "subjectType=customer&subjectId=a%00b", "'subjectId'",
                "subjectType=customer&subjectId=" + "x".repeat(129), "'subjectId'");
        refusals.forEach((query, named) -> {
            HttpResponse<String> refused = agent.get("api/v1/alerts?" + query);
            assertEquals(400, refused.statusCode(), query + ": " + refused.body());
            assertTrue(refused.body().contains(named), query + " names " + named + ": " + refused.body());
        });
    }

    @Test
    void everyAlertRaisedOrAcknowledgedReachesTheFollowersOfItsTenantAsTheApiAnswersIt() throws InterruptedException {
        String tenant = tenant("feed");
        String other = tenant("feed");
        BlockingQueue<String> ours = Api.at(base).as(TestUsers.agentOf(tenant)).follow("api/v1/health/changes");
        BlockingQueue<String> theirs = Api.at(base).as(TestUsers.agentOf(other)).follow("api/v1/health/changes");
        assertNotNull(ours.poll(10, TimeUnit.SECONDS), "our stream opens");
        assertNotNull(theirs.poll(10, TimeUnit.SECONDS), "theirs opens");
        Api manager = Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));

        dropOnALowRating(tenant, "ada");
        Map<String, JsonObject> stored = alerts(manager, "").stream()
                .collect(Collectors.toMap(alert -> alert.getString("id"), alert -> alert));
        assertFalse(stored.isEmpty(), "the fall raised alerts");
        Map<String, JsonObject> told = new HashMap<>();
        while (told.size() < stored.size()) {
            JsonObject alert = nextAlert(ours);
            told.put(alert.getString("id"), alert);
        }
        assertEquals(stored, told, "each alert raised is told once, its data the alert as the API answers it");
        JsonObject raised = stored.values().iterator().next();

        JsonObject acknowledged = Api.json(manager.postJson("api/v1/alerts/" + raised.getString("id") + "/acknowledge",
                "{}")).asJsonObject();
        JsonObject toldAcknowledged = nextAlert(ours);
        assertEquals(acknowledged, toldAcknowledged, "the acknowledgement is told as the API answered it");
        assertEquals("acknowledged", toldAcknowledged.getString("state"));
        assertEquals(200, manager.postJson("api/v1/alerts/" + raised.getString("id") + "/acknowledge", "{}")
                .statusCode());
        dropOnALowRating(tenant, "bob");
        assertEquals("bob", nextAlert(ours).getJsonObject("subject").getString("id"),
                "acknowledging again changed nothing and told nothing");

        dropOnALowRating(other, "ada");
        List<String> theirIds = ids(alerts(Api.at(base).as(TestUsers.agentOf(other)), ""));
        JsonObject heard = nextAlert(theirs);
        assertTrue(theirIds.contains(heard.getString("id")),
                "the other tenant's followers hear of their own alert first, never of ours: " + heard);
    }

    /**
     * Has {@code tenant}'s {@code customer} rate a ticket 3 of 3 and then 1 of 3, the bottom of the scale: its
     * score falls from 100 to 67, which raises a low CSAT, a band drop and a score drop.
     */
    private void dropOnALowRating(String tenant, String customer) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String ticket = customer + "-T";
        process(List.of(
                new TicketCreated(header(tenant, customer + "-t", now.minus(Duration.ofDays(1))), ticket, customer,
                        null, now.minus(Duration.ofDays(1)), TicketStatus.SOLVED, null, null, null),
                new CsatRated(header(tenant, customer + "-r3", now.minus(Duration.ofHours(20))), ticket, 3, 1, 3,
                        now.minus(Duration.ofHours(20)), null)));
        process(List.of(new CsatRated(header(tenant, customer + "-r1", now), ticket, 1, 1, 3, now, null)));
    }

    /** The data of the next {@code alert} event of {@code stream}, skipping the score changes; fails after 10 s. */
    private static JsonObject nextAlert(BlockingQueue<String> stream) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String event = stream.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.startsWith(AlertBroadcast.EVENT + "\n")) {
                try (JsonReader reader = Json.createReader(new StringReader(event.substring(event.indexOf('\n') + 1)))) {
                    return reader.readObject();
                }
            }
        }
        return fail("no alert event within 10 s");
    }

    @Test
    void aRatingOrANewTicketFollowedInItsBatchByAnotherEventAboutTheCustomerIsJudgedAndNamedAsItself() {
        String tenant = tenant("batch");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Api agent = Api.at(base).as(TestUsers.agentOf(tenant));
        process(List.of(
                new TicketCreated(header(tenant, "t0", now.minus(Duration.ofDays(1))), "T-0", "cy", null,
                        now.minus(Duration.ofDays(1)), TicketStatus.OPEN, null, null, null),
                new CsatRated(header(tenant, "r0", now.minus(Duration.ofHours(20))), "T-0", 3, 1, 3,
                        now.minus(Duration.ofHours(20)), null)));
        // One batch: the rating at the bottom, then the ticket closed, then three new tickets, the last answered:
        // the customer's last cause is the answer; its rating and its new tickets came before it.
        process(List.of(
                new CsatRated(header(tenant, "r1", now.minusSeconds(50)), "T-0", 1, 1, 3, now.minusSeconds(50), null),
                new TicketStatusChanged(header(tenant, "s1", now.minusSeconds(40)), "T-0", TicketStatus.CLOSED,
                        now.minusSeconds(40)),
                new TicketCreated(header(tenant, "t1", now.minusSeconds(30)), "T-1", "cy", null, now.minusSeconds(30),
                        TicketStatus.OPEN, null, null, null),
                new TicketCreated(header(tenant, "t2", now.minusSeconds(25)), "T-2", "cy", null, now.minusSeconds(25),
                        TicketStatus.OPEN, null, null, null),
                new TicketCreated(header(tenant, "t3", now.minusSeconds(20)), "T-3", "cy", null, now.minusSeconds(20),
                        TicketStatus.OPEN, null, null, null),
                new TicketInteractionAdded(header(tenant, "i1", now.minusSeconds(10)), "T-3", "agent",
                        now.minusSeconds(10), true)));

        List<JsonObject> raised = alerts(agent, "?size=200");
        Map<String, JsonObject> byKind = raised.stream().collect(Collectors.toMap(alert -> alert.getString("kind"),
                alert -> alert, (one, two) -> fail("one alert of each kind: " + raised)));
        assertTrue(byKind.containsKey("low_csat"), "the rating of 1 is judged though events followed it: " + raised);
        assertEquals("r1", byKind.get("low_csat").getJsonObject("cause").getString("reference"),
                "a low CSAT is caused by the rating");
        assertTrue(byKind.containsKey("ticket_spike"), "three tickets opened today, none before: " + raised);
        assertEquals("t3", byKind.get("ticket_spike").getJsonObject("cause").getString("reference"),
                "a spike is caused by the last ticket opened");
    }

    @Test
    void newTicketsSpikeAtThreeTimesTheUsualDailyNumberAndAtLeastThree() {
        String tenant = tenant("spike");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Api agent = Api.at(base).as(TestUsers.agentOf(tenant));
        List<HelpdeskEvent> usual = new ArrayList<>();
        // 60 tickets over the 30 days before the last 24 hours: 2 a day, so a spike is 3 × 2 = 6 in a day.
        for (int t = 0; t < 60; t++) {
            Instant at = now.minus(Duration.ofHours(25 + t * 12L));
            usual.add(new TicketCreated(header(tenant, "u" + t, at), "U-" + t, "busy", null, at, TicketStatus.SOLVED,
                    null, null, null));
        }
        process(usual);
        for (int t = 1; t <= 5; t++) {
            Instant at = now.minus(Duration.ofHours(6 - t));
            process(List.of(new TicketCreated(header(tenant, "b" + t, at), "B-" + t, "busy", null, at, TicketStatus.OPEN,
                    null, null, null)));
        }
        assertEquals(List.of(), spikes(agent, "busy"), "5 new tickets against 2 a day are no spike");
        process(List.of(new TicketCreated(header(tenant, "b6", now), "B-6", "busy", null, now, TicketStatus.OPEN, null,
                null, null)));
        List<JsonObject> spiked = spikes(agent, "busy");
        assertEquals(1, spiked.size(), "the 6th is: " + spiked);
        assertEquals("b6", spiked.get(0).getJsonObject("cause").getString("reference"));
        assertEquals("busy opened 6 tickets in the last 24 hours, against 60 in the 30 days before",
                spiked.get(0).getString("summary"));

        for (int t = 1; t <= 3; t++) {
            process(List.of(new TicketCreated(header(tenant, "n" + t, now), "N-" + t, "new", null, now,
                    TicketStatus.OPEN, null, null, null)));
            assertEquals(t < 3 ? 0 : 1, spikes(agent, "new").size(), "with no usual number, 3 are a spike: " + t);
        }
        process(List.of(new TicketCreated(header(tenant, "n4", now), "N-4", "new", null, now, TicketStatus.OPEN, null,
                null, null)));
        assertEquals(1, spikes(agent, "new").size(), "and a 4th within the cool-down raises no other");
    }

    @Test
    void untilATenantSavesItsOwnTheConfiguredDefaultsAreInForce() {
        String tenant = tenant("defaults");
        HttpResponse<String> answer = manager(tenant).get(RULES);

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("\"0\"", answer.headers().firstValue("ETag").orElse(null));
        JsonObject rules = Api.json(answer).asJsonObject();
        assertEquals("configuration", rules.getString("source"));
        assertEquals(0, rules.getInt("version"));
        assertTrue(rules.isNull("savedAt") && rules.isNull("savedBy"), rules.toString());
        // The test server configures no chm.alerts.* key: its defaults are the rules' own.
        assertEquals(AlertSettings.of(AlertRules.defaults()), texts(rules.getJsonObject("defaults")));
        assertEquals(texts(rules.getJsonObject("defaults")), texts(rules.getJsonObject("settings")));
        assertEquals(AlertSettings.NAMES, List.copyOf(rules.getJsonObject("settings").keySet()), "in the page's order");
        assertEquals(0, rules.getJsonArray("problems").size());
    }

    @Test
    void savedRulesAreInForceForTheirTenantAloneFromTheNextEventOnAndTheDefaultsAgainAfterGoingBack() {
        String own = tenant("own");
        String other = tenant("other");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant started = Instant.now();
        HttpResponse<String> saved = admin(own).putJson(RULES, "{\"lowCsat.enabled\": false, \"scoreDrop.points\": \"100\"}");

        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("\"1\"", saved.headers().firstValue("ETag").orElse(null));
        JsonObject answer = Api.json(saved).asJsonObject();
        assertEquals("saved", answer.getString("source"));
        assertEquals(1, answer.getInt("version"));
        assertEquals(TestUsers.adminOf(own), answer.getString("savedBy"));
        Instant savedAt = Instant.parse(answer.getString("savedAt"));
        assertFalse(savedAt.isBefore(started.truncatedTo(ChronoUnit.MILLIS)) || savedAt.isAfter(Instant.now()), savedAt::toString);
        Map<String, String> expected = new LinkedHashMap<>(AlertSettings.of(AlertRules.defaults()));
        expected.put("scoreDrop.points", "100");
        expected.put("lowCsat.enabled", "off");
        assertEquals(expected, texts(answer.getJsonObject("settings")), "the settings left out stand at the defaults");
        assertEquals(answer, Api.json(manager(own).get(RULES)).asJsonObject(), "read back as saved");
        assertEquals("configuration", Api.json(manager(other).get(RULES)).asJsonObject().getString("source"),
                "another tenant keeps the configured rules");

        for (String tenant : List.of(own, other)) {
            process(List.of(
                    new TicketCreated(header(tenant, "t0", now.minus(Duration.ofDays(1))), "T-0", "bob", null,
                            now.minus(Duration.ofDays(1)), TicketStatus.SOLVED, null, null, null),
                    new CsatRated(header(tenant, "r0", now.minus(Duration.ofHours(20))), "T-0", 3, 1, 3,
                            now.minus(Duration.ofHours(20)), null)));
        }
        int before = health(own, "bob").getInt("score");
        assertEquals(before, health(other, "bob").getInt("score"), "both tenants' customers stand alike");
        for (String tenant : List.of(own, other)) {
            process(List.of(new CsatRated(header(tenant, "r1", now), "T-0", 1, 1, 3, now, null)));
        }
        int after = health(own, "bob").getInt("score");
        assertEquals(after, health(other, "bob").getInt("score"));
        assertTrue(after > 0 && after < before, "the scenario lowers the score, not to 0: " + before + " → " + after);

        Set<String> otherKinds = kinds(other, "bob");
        Set<String> ownKinds = kinds(own, "bob");
        assertTrue(otherKinds.contains("low_csat"), "the configured rules raise a low CSAT: " + otherKinds);
        assertEquals(before - after >= 30, otherKinds.contains("score_drop"), "a drop of 30 by the configured rules");
        assertFalse(ownKinds.contains("low_csat"), "switched off for the tenant that saved: " + ownKinds);
        assertFalse(ownKinds.contains("score_drop"), "its drop must be 100 points: " + ownKinds);
        assertEquals(otherKinds.contains("band_drop"), ownKinds.contains("band_drop"), "band drops stay on for both");

        HttpResponse<String> wentBack = admin(own).delete(RULES);
        assertEquals(200, wentBack.statusCode(), wentBack.body());
        JsonObject defaults = Api.json(wentBack).asJsonObject();
        assertEquals("configuration", defaults.getString("source"));
        assertEquals(2, defaults.getInt("version"), "going back is a version of its own");
        assertEquals(TestUsers.adminOf(own), defaults.getString("savedBy"));
        assertEquals(texts(defaults.getJsonObject("defaults")), texts(defaults.getJsonObject("settings")));
        assertEquals("\"2\"", wentBack.headers().firstValue("ETag").orElse(null));
        assertEquals(defaults, Api.json(admin(own).delete(RULES)).asJsonObject(),
                "going back while the defaults are in force changes nothing");

        process(List.of(
                new TicketCreated(header(own, "t9", now.minus(Duration.ofDays(1))), "T-9", "eve", null,
                        now.minus(Duration.ofDays(1)), TicketStatus.SOLVED, null, null, null),
                new CsatRated(header(own, "r9", now.minus(Duration.ofHours(20))), "T-9", 3, 1, 3,
                        now.minus(Duration.ofHours(20)), null)));
        process(List.of(new CsatRated(header(own, "r10", now), "T-9", 1, 1, 3, now, null)));
        assertTrue(kinds(own, "eve").contains("low_csat"), "the configured rules are in force again for the next event");
    }

    @Test
    void everyWrongSettingIsRefusedAtOnceAndNothingIsSaved() {
        String tenant = tenant("wrong");
        Api admin = admin(tenant);
        assertEquals(200, admin.putJson(RULES, "{\"coolDown.hours\": 12}").statusCode());
        JsonObject good = Api.json(admin.get(RULES)).asJsonObject();

        HttpResponse<String> refused = admin.putJson(RULES, "{\"scoreDrop.points\": \"500\", \"scoreDrop.days\": \"x\","
                + " \"coolDown.hours\": 2.5, \"lowCsat.enabled\": \"maybe\", \"scoreDrop.point\": 3,"
                + " \"ticketSpike.factor\": null, \"ticketSpike.floor\": \"0\", \"bandDrop.enabled\": \"off\"}");

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Api.json(refused).asJsonObject();
        Map<String, String> errors = new LinkedHashMap<>();
        problem.getJsonArray("fields").getValuesAs(JsonObject.class)
                .forEach(error -> errors.put(error.getString("field"), error.getString("message")));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("scoreDrop.points", "must be between 1 and 100, was 500");
        expected.put("scoreDrop.days", "must be a whole number");
        expected.put("ticketSpike.floor", "must be at least 1, was 0");
        expected.put("ticketSpike.factor", "is missing");
        expected.put("lowCsat.enabled", "must be true or false");
        expected.put("coolDown.hours", "must be a whole number");
        expected.put("scoreDrop.point", "is not a setting");
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(errors.entrySet()), "each wrong one, in the page's order");
        assertEquals("7 settings are wrong; nothing was saved: " + expected.entrySet().stream()
                .map(error -> error.getKey() + ": " + error.getValue()).collect(Collectors.joining("; ")),
                problem.getString("detail"));
        assertEquals(good, Api.json(admin.get(RULES)).asJsonObject(), "nothing was saved, the good switch neither");

        for (String body : List.of("[]", "{\"scoreDrop.points\": 20", "\"scoreDrop.points=20\"", "")) {
            HttpResponse<String> notSettings = admin.putJson(RULES, body);
            assertEquals(400, notSettings.statusCode(), body);
            assertTrue(Api.json(notSettings).asJsonObject().getString("detail").startsWith("The body is"),
                    notSettings.body());
        }
        assertEquals(good, Api.json(admin.get(RULES)).asJsonObject());
    }

    @Test
    void agentsAreRefusedManagersReadAndAdminsWrite() {
        String tenant = tenant("roles");
        Api agent = Api.at(base).as(TestUsers.agentOf(tenant));
        Api manager = manager(tenant);
        String body = "{\"lowCsat.enabled\": \"off\"}";

        assertEquals(401, Api.at(base).get(RULES).statusCode());
        assertEquals(403, agent.get(RULES).statusCode());
        assertEquals(403, agent.putJson(RULES, body).statusCode());
        assertEquals(403, agent.delete(RULES).statusCode());
        assertEquals(200, manager.get(RULES).statusCode());
        assertEquals(403, manager.putJson(RULES, body).statusCode());
        assertEquals(403, manager.delete(RULES).statusCode());
        assertEquals(0, Api.json(manager.get(RULES)).asJsonObject().getInt("version"), "no refused change was made");
        assertEquals(200, admin(tenant).putJson(RULES, body).statusCode());
        assertEquals("off", Api.json(manager.get(RULES)).asJsonObject().getJsonObject("settings")
                .getString("lowCsat.enabled"));
        assertEquals(200, Api.at(base).as(TestUsers.withRoles(tenant, Roles.ADMIN)).get(RULES).statusCode(),
                "an admin may read what a manager may");
    }

    @Test
    void aChangeSentWithIfMatchIsMadeOnlyToTheVersionItWasBasedOn() {
        String tenant = tenant("stale");
        Api admin = admin(tenant);
        String etag = admin.get(RULES).headers().firstValue("ETag").orElseThrow();

        assertEquals(200, ifMatch(admin, "PUT", etag, "{\"scoreDrop.points\": 40}").statusCode());
        HttpResponse<String> stale = ifMatch(admin, "PUT", etag, "{\"scoreDrop.points\": 50}");
        assertEquals(412, stale.statusCode(), stale.body());
        assertTrue(Api.json(stale).asJsonObject().getString("detail").contains("version 1"), stale.body());
        assertEquals(412, ifMatch(admin, "DELETE", etag, null).statusCode());
        JsonObject standing = Api.json(admin.get(RULES)).asJsonObject();
        assertEquals(1, standing.getInt("version"));
        assertEquals("40", standing.getJsonObject("settings").getString("scoreDrop.points"), "the stale change was not made");

        assertEquals(200, ifMatch(admin, "PUT", "\"1\"", "{\"scoreDrop.points\": 50}").statusCode());
        assertEquals(200, ifMatch(admin, "DELETE", "\"2\"", null).statusCode());
        assertEquals(200, ifMatch(admin, "PUT", "*", "{}").statusCode());
        assertEquals(4, Api.json(admin.get(RULES)).asJsonObject().getInt("version"));
    }

    @Test
    void savesAtTheSameMomentAreEachStoredOrRefusedAndCountedInTheVersion() throws Exception {
        String tenant = tenant("race");
        Api admin = admin(tenant);
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int points = 21; points <= 26; points++) {
            String body = "{\"scoreDrop.points\": " + points + "}";
            saves.add(() -> admin.putJson(RULES, body).statusCode());
        }
        ExecutorService senders = Executors.newFixedThreadPool(saves.size());
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> status : senders.invokeAll(saves)) {
                statuses.add(status.get());
            }
        } finally {
            senders.shutdown();
        }

        assertTrue(Set.of(200, 409).containsAll(statuses), "stored, or refused as saved at the same moment: " + statuses);
        assertEquals(statuses.stream().filter(status -> status == 200).count(),
                Api.json(admin.get(RULES)).asJsonObject().getInt("version"), "every save stored is a version: " + statuses);
    }

    private HttpResponse<String> ifMatch(Api api, String method, String etag, String body) {
        return api.request(RULES, request -> {
            request.header("If-Match", etag);
            if (body == null) {
                return request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        });
    }

    private Set<String> kinds(String tenant, String customer) {
        HttpResponse<String> answer = manager(tenant).get("api/v1/alerts?size=200");
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(alert -> alert.getJsonObject("subject").getString("id").equals(customer))
                .map(alert -> alert.getString("kind")).collect(Collectors.toSet());
    }

    private JsonObject health(String tenant, String customer) {
        return Api.json(manager(tenant).get("api/v1/customers/" + customer + "/health")).asJsonObject();
    }

    private static List<JsonObject> spikes(Api api, String customer) {
        return alerts(api, "?kind=ticket_spike&size=200").stream()
                .filter(alert -> alert.getJsonObject("subject").getString("id").equals(customer)).toList();
    }

    private void process(List<HelpdeskEvent> events) {
        for (Verdict verdict : processing.process(events)) {
            assertEquals("accepted", verdict.status(), verdict.toString());
        }
    }

    private static String state(Api api, JsonObject alert) {
        return Api.json(api.get("api/v1/alerts/" + alert.getString("id"))).asJsonObject().getString("state");
    }

    /** A band's place from best to worst; no data is not ranked and fails the scenarios that need a band. */
    private static int rank(JsonObject scored) {
        return List.of("healthy", "average", "poor").indexOf(scored.getString("band"));
    }

    private static JsonObject health(Api api, String subject) {
        return Api.json(api.get("api/v1/" + subject + "/health")).asJsonObject();
    }

    private static List<JsonObject> alerts(Api api, String query) {
        HttpResponse<String> answer = api.get("api/v1/alerts" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> ids(List<JsonObject> alerts) {
        return alerts.stream().map(alert -> alert.getString("id")).toList();
    }

    private Api admin(String tenant) {
        return Api.at(base).as(TestUsers.adminOf(tenant));
    }

    private Api manager(String tenant) {
        return Api.at(base).as(TestUsers.withRoles(tenant, Roles.MANAGER));
    }

    private static Map<String, String> texts(JsonObject settings) {
        Map<String, String> texts = new LinkedHashMap<>();
        settings.forEach((name, value) -> texts.put(name, ((JsonString) value).getString()));
        return texts;
    }

    private static String tenant(String kind) {
        return kind + "-" + StoredFixtures.uniqueId("t").substring(2, 14);
    }

    private static EventHeader header(String tenant, String id, Instant at) {
        return new EventHeader(tenant, SOURCE, id, at);
    }
}
