package com.customerhealth.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.health.WindowExpiry;
import com.customerhealth.scoring.RulesInForce;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.MovableClock;
import com.customerhealth.testing.RandomStreams;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.ReferenceScores;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.testing.StatementCounter;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.tickets.TicketRepository;
import com.customerhealth.tickets.TicketStatus;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Events in over HTTP and CDI: verdicts, idempotency, order, pending events, and every refusal. */
@ExtendWith(ArquillianExtension.class)
class EventsApiIT {

    private static final String SOURCE = "https://desk.example.com";

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Inject
    Event<HelpdeskEvent> hostEvents;

    @Inject
    MovableClock clock;

    @Inject
    WindowExpiry expiry;

    @Inject
    RulesInForce settings;

    @Inject
    StatementCounter statementCounter;

    @Inject
    EventProcessing processing;

    @Inject
    TicketRepository tickets;

    @Inject
    Journal journal;

    private final Instant now = Instant.now();
    private final String customer = StoredFixtures.uniqueId("customer");
    private final String company = StoredFixtures.uniqueId("company");
    private final String ticket = StoredFixtures.uniqueId("ticket");

    @Test
    void ratedTicketScoresTheCustomerAndSaysWhy() {
        HttpResponse<String> answer = events().postBatch(List.of(
                created(ticket, customer, 3),
                new TicketInteractionAdded(header(3), ticket, "customer", ago(3), true),
                new TicketStatusChanged(header(2), ticket, TicketStatus.SOLVED, ago(2)),
                new CsatRated(header(1), ticket, 1, 1, 3, ago(1), "slow")));

        assertEquals(202, answer.statusCode(), answer.body());
        assertEquals(List.of("accepted", "accepted", "accepted", "accepted"), statuses(answer));
        JsonObject health = customerHealth(customer);
        assertEquals("poor", parameters(health).get("avgCsat").getString("band"));
        assertEquals(1.0, parameters(health).get("avgCsat").getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals(75, health.getInt("score"), "interactions, tickets and open are good; CSAT poor");
        JsonObject lastChange = health.getJsonObject("lastChange");
        assertEquals("event", lastChange.getString("kind"));
        assertTrue(lastChange.getString("summary").contains("CSAT 1 of 3 on ticket " + ticket),
                lastChange.toString());
        assertEquals(75, companyHealth(company).getInt("score"), "a company of one customer");
    }

    @Test
    void duplicatesAreAppliedOnce() {
        TicketInteractionAdded reply = new TicketInteractionAdded(header(1), ticket, "agent", ago(1), true);
        events().postBatch(List.of(created(ticket, customer, 2), reply));

        HttpResponse<String> again = events().postBatch(List.of(reply, reply));

        assertEquals(List.of("duplicate", "duplicate"), statuses(again));
        assertEquals(1.0, parameters(customerHealth(customer)).get("avgInteractions").getJsonNumber("value")
                .doubleValue(), 1e-9);
    }

    @Test
    void latestStatusAndLatestRatingWinWhateverTheOrderOfArrival() {
        events().postOne(created(ticket, customer, 5));
        events().postBatch(List.of(
                new TicketStatusChanged(header(1), ticket, TicketStatus.OPEN, ago(1)),
                new TicketStatusChanged(header(2), ticket, TicketStatus.SOLVED, ago(2)),
                new CsatRated(header(1), ticket, 3, 1, 3, ago(1), null),
                new CsatRated(header(2), ticket, 1, 1, 3, ago(2), null)));

        Map<String, JsonObject> parameters = parameters(customerHealth(customer));

        assertEquals(1.0, parameters.get("openTickets").getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals(3.0, parameters.get("avgCsat").getJsonNumber("value").doubleValue(), 1e-9);
    }

    @Test
    void eventsBeforeTheirTicketWaitForIt() {
        HttpResponse<String> early = events().postBatch(List.of(
                new CsatRated(header(1), ticket, 5, 1, 5, ago(1), null),
                new TicketStatusChanged(header(2), ticket, TicketStatus.SOLVED, ago(2))));
        assertEquals(List.of("accepted", "accepted"), statuses(early));
        assertEquals(404, agent().get("api/v1/customers/" + customer + "/health").statusCode());

        events().postOne(created(ticket, customer, 4));

        Map<String, JsonObject> parameters = parameters(customerHealth(customer));
        assertEquals(0.0, parameters.get("openTickets").getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals(3.0, parameters.get("avgCsat").getJsonNumber("value").doubleValue(), 1e-9);
    }

    @Test
    void mergedDeletedAndMovedTicketsMoveTheirCounts() {
        String other = StoredFixtures.uniqueId("customer");
        String kept = StoredFixtures.uniqueId("ticket");
        String deleted = StoredFixtures.uniqueId("ticket");
        events().postBatch(List.of(created(ticket, customer, 6), created(kept, customer, 5), created(deleted, customer, 4),
                new TicketInteractionAdded(header(5), ticket, "customer", ago(5), true),
                new TicketInteractionAdded(header(5), ticket, "agent", ago(5), true)));

        events().postBatch(List.of(new TicketMerged(header(3), ticket, kept), new TicketDeleted(header(3), deleted)));
        Map<String, JsonObject> merged = parameters(customerHealth(customer));
        assertEquals(1.0, merged.get("ticketsInWindow").getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals(2.0, merged.get("avgInteractions").getJsonNumber("value").doubleValue(), 1e-9,
                "the merged ticket's two interactions moved to the one kept");

        events().postOne(new TicketCustomerChanged(header(2), kept, other, null));
        assertEquals(0.0, parameters(customerHealth(customer)).get("ticketsInWindow").getJsonNumber("value")
                .doubleValue(), 1e-9);
        assertEquals(1.0, parameters(customerHealth(other)).get("ticketsInWindow").getJsonNumber("value")
                .doubleValue(), 1e-9);
    }

    @Test
    void aTicketMergedIntoNoTicketLeavesTheCountsAndIsAccepted() {
        String kept = StoredFixtures.uniqueId("ticket");
        events().postBatch(List.of(created(ticket, customer, 6), created(kept, customer, 5),
                new TicketInteractionAdded(header(5), ticket, "customer", ago(5), true)));

        HttpResponse<String> answer = events().postOne(new TicketMerged(header(3), ticket, null));

        assertEquals(202, answer.statusCode(), answer.body());
        assertEquals("accepted", Api.json(answer).asJsonArray().getJsonObject(0).getString("status"), answer.body());
        assertEquals(1.0, parameters(customerHealth(customer)).get("ticketsInWindow").getJsonNumber("value")
                .doubleValue(), 1e-9, "the ticket merged away counts no more");
    }

    @Test
    void directoryEventsNameCustomersAndCompaniesAndTheLatestWins() {
        events().postBatch(List.of(created(ticket, customer, 2),
                new CustomerUpserted(header(1), customer, "Ada <script>x</script>", null, company, Map.of()),
                new CustomerUpserted(header(5), customer, "Older name", null, company, Map.of()),
                new CompanyUpserted(header(1), company, "Acme Rockets", Map.of("plan", "gold"))));

        assertEquals("Ada <script>x</script>", customerHealth(customer).getString("name"));
        assertEquals("Acme Rockets", companyHealth(company).getString("name"));
    }

    @Test
    void aCustomerMovedWithoutItsScoreMovingCountsInTheCompanyItJoined() {
        String joined = StoredFixtures.uniqueId("company");
        events().postOne(created(ticket, customer, 2));
        int score = customerHealth(customer).getInt("score");

        events().postOne(new CustomerUpserted(header(1), customer, null, null, joined, Map.of()));

        assertEquals(score, customerHealth(customer).getInt("score"), "the move changes no ticket of the customer");
        assertEquals(List.of(customer), members(joined));
        assertEquals(score, companyHealth(joined).getInt("score"));
        assertEquals(List.of(), members(company));
    }

    @Test
    void aCustomerNamedByNoDirectoryEntryBelongsToTheCompanyOfItsLatestCreatedTicket() {
        String first = StoredFixtures.uniqueId("company");
        String second = StoredFixtures.uniqueId("company");
        String older = StoredFixtures.uniqueId("ticket");
        String newer = StoredFixtures.uniqueId("ticket");
        String between = StoredFixtures.uniqueId("ticket");
        String latest = StoredFixtures.uniqueId("ticket");
        String other = StoredFixtures.uniqueId("customer");

        events().postOne(createdAt(older, customer, first, 10));
        assertEquals(List.of(customer), members(first));
        events().postOne(createdAt(newer, customer, second, 5));
        assertEquals(List.of(customer), members(second), "a later ticket names another company");
        assertEquals(List.of(), members(first));
        events().postOne(createdAt(StoredFixtures.uniqueId("ticket"), customer, second, 7));
        assertEquals(List.of(customer), members(second), "an earlier ticket of the same company changes nothing");
        events().postOne(createdAt(between, customer, first, 8));
        assertEquals(List.of(customer), members(second), "a ticket created before the latest changes nothing");
        events().postOne(createdAt(latest, customer, first, 1));
        assertEquals(List.of(customer), members(first), "a ticket created after the latest names the company");
        events().postOne(new TicketCustomerChanged(header(0), latest, other, second));
        assertEquals(List.of(customer), members(second), "the latest ticket moved away: the one before it decides");
        assertEquals(List.of(), members(first));
    }

    private TicketCreated createdAt(String ticketId, String customerId, String companyId, int daysAgo) {
        return new TicketCreated(header(daysAgo), ticketId, customerId, companyId, ago(daysAgo), TicketStatus.NEW, null,
                "email");
    }

    private List<String> members(String companyId) {
        return companyHealth(companyId).getJsonArray("customers").stream()
                .map(member -> member.asJsonObject().getString("id")).filter(id -> id.equals(customer)).toList();
    }

    @Test
    void aSubjectIsKeptInTheJournalAndOnTheTicketShownAsTheTicketsHeadingAndScoresNothing() {
        String plain = StoredFixtures.uniqueId("ticket");
        String plainCustomer = StoredFixtures.uniqueId("customer");
        String subject = "Invoice <b>missing</b> for März";
        TicketCreated titled = new TicketCreated(header(2), ticket, customer, null, ago(2), TicketStatus.NEW, null,
                "email", subject);
        TicketCreated untitled = new TicketCreated(header(2), plain, plainCustomer, null, ago(2), TicketStatus.NEW, null,
                "email");

        HttpResponse<String> answer = events().postBatch(List.of(titled, untitled,
                new TicketInteractionAdded(header(1), ticket, "customer", ago(1), true),
                new TicketInteractionAdded(header(1), plain, "customer", ago(1), true)));

        assertEquals(List.of("accepted", "accepted", "accepted", "accepted"), statuses(answer));
        assertEquals(subject, tickets.shown("default", ticket).orElseThrow().subject());
        assertEquals(null, tickets.shown("default", plain).orElseThrow().subject());
        assertEquals(List.of(subject), journal.aboutTickets("default", List.of(ticket)).stream()
                .filter(TicketCreated.class::isInstance).map(event -> ((TicketCreated) event).subject()).toList());
        HttpResponse<String> page = agent().get("agent/ticket.xhtml?id=" + ticket);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(">Invoice &lt;b&gt;missing&lt;/b&gt; for M"), "the heading, markup as text: " + page.body());
        JsonObject withSubject = customerHealth(customer);
        JsonObject without = customerHealth(plainCustomer);
        assertEquals(without.getInt("score"), withSubject.getInt("score"));
        assertEquals(without.getJsonArray("parameters"), withSubject.getJsonArray("parameters"), "the same scoring");
    }

    @Test
    void aSubjectLongerThanANameIsRefusedSayingHowLongItIsAndMayBe() {
        String body = SignedEvents.envelope(created(ticket, customer, 1)).toString()
                .replace("\"data\":{", "\"data\":{\"subject\":\"" + "s".repeat(256) + "\",");

        assertRefused(400, events().post("application/cloudevents+json", body, SignedEvents.DEFAULT_SECRET,
                Instant.now()), "data.subject: is 256 characters long; at most 255");
        assertEquals(404, agent().get("api/v1/customers/" + customer + "/health").statusCode(), "nothing was applied");
    }

    @Test
    void hostFiredCdiEventsAreProcessedLikeHttpOnes() {
        hostEvents.fire(created(ticket, customer, 2));
        hostEvents.fire(new CsatRated(header(1), ticket, 2, 1, 3, ago(1), null));

        assertEquals(2.0, parameters(customerHealth(customer)).get("avgCsat").getJsonNumber("value").doubleValue(),
                1e-9);
    }

    @Test
    void ticketsLeavingTheWindowMoveScoresWithNoEventAndOnlyThose() {
        String recent = StoredFixtures.uniqueId("customer");
        String recentTicket = StoredFixtures.uniqueId("ticket");
        events().postBatch(List.of(created(ticket, customer, 59),
                new TicketStatusChanged(header(59), ticket, TicketStatus.SOLVED, ago(59)),
                new CsatRated(header(59), ticket, 1, 1, 3, ago(59), null),
                created(recentTicket, recent, 1)));
        expiry.recalculateExpired();
        assertEquals(75, customerHealth(customer).getInt("score"));
        String recentComputedAt = customerHealth(recent).getString("computedAt");

        try {
            clock.advance(Duration.ofDays(2));
            assertTrue(expiry.recalculateExpired() >= 1);
        } finally {
            clock.reset();
        }

        JsonObject aged = customerHealth(customer);
        assertEquals(100, aged.getInt("score"), "nothing poor is left in the window");
        assertEquals("no_data", parameters(aged).get("avgCsat").getString("band"));
        assertEquals(0.0, parameters(aged).get("ticketsInWindow").getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals("time", aged.getJsonObject("lastChange").getString("kind"));
        assertEquals(recentComputedAt, customerHealth(recent).getString("computedAt"),
                "a customer whose window did not move is left alone");
    }

    @Test
    void concurrentInterleavedDeliveryEndsInTheScoresOfASequentialOne() throws Exception {
        String run = StoredFixtures.uniqueId("run");
        List<HelpdeskEvent> sequential = busyCompany(run + "-seq", 20261122L);
        List<HelpdeskEvent> concurrent = busyCompany(run + "-par", 20261122L);

        events().postBatch(sequential);
        List<List<HelpdeskEvent>> batches = new ArrayList<>();
        for (int from = 0; from < concurrent.size(); from += 7) {
            batches.add(concurrent.subList(from, Math.min(concurrent.size(), from + 7)));
        }
        java.util.Collections.shuffle(batches, new java.util.Random(7));
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (List<HelpdeskEvent> batch : batches) {
                answers.add(clients.submit(() -> events().postBatch(batch)));
            }
            for (var answer : answers) {
                assertEquals(202, answer.get().statusCode(), answer.get().body());
                assertTrue(statuses(answer.get()).stream().allMatch("accepted"::equals), answer.get().body());
            }
        } finally {
            clients.shutdownNow();
        }

        for (int c = 1; c <= 5; c++) {
            JsonObject expected = customerHealth(run + "-seq-customer-" + c);
            JsonObject actual = customerHealth(run + "-par-customer-" + c);
            assertEquals(expected.get("score"), actual.get("score"), "customer " + c);
            assertEquals(values(expected), values(actual), "customer " + c);
        }
        assertEquals(companyHealth(run + "-seq-company").get("score"), companyHealth(run + "-par-company").get("score"));
    }

    /** Five customers of one company, their tickets, replies, status changes and ratings, in random order. */
    private List<HelpdeskEvent> busyCompany(String prefix, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<HelpdeskEvent> events = new ArrayList<>();
        int eventNumber = 0;
        for (int t = 1; t <= 15; t++) {
            String ticketId = prefix + "-ticket-" + t;
            String customerId = prefix + "-customer-" + (1 + random.nextInt(5));
            Instant created = ago(1 + random.nextInt(40));
            events.add(new TicketCreated(new EventHeader("default", SOURCE, prefix + "-e" + eventNumber++, created),
                    ticketId, customerId, prefix + "-company", created, TicketStatus.NEW, null, null));
            for (int i = random.nextInt(6); i > 0; i--) {
                Instant at = atTheLatestNow(created.plus(Duration.ofMinutes(random.nextInt(5000))));
                events.add(new TicketInteractionAdded(new EventHeader("default", SOURCE, prefix + "-e" + eventNumber++,
                        at), ticketId, random.nextBoolean() ? "agent" : "customer", at, true));
            }
            for (int s = random.nextInt(3); s > 0; s--) {
                Instant at = atTheLatestNow(created.plus(Duration.ofMinutes(random.nextInt(5000))));
                events.add(new TicketStatusChanged(new EventHeader("default", SOURCE, prefix + "-e" + eventNumber++, at),
                        ticketId, TicketStatus.values()[random.nextInt(TicketStatus.values().length)], at));
            }
            if (random.nextBoolean()) {
                Instant at = atTheLatestNow(created.plus(Duration.ofMinutes(random.nextInt(5000))));
                events.add(new CsatRated(new EventHeader("default", SOURCE, prefix + "-e" + eventNumber++, at), ticketId,
                        1 + random.nextInt(5), 1, 5, at, null));
            }
        }
        java.util.Collections.shuffle(events, random);
        return events;
    }

    /** {@code at}, or now when it is later: events from the future are refused. */
    private Instant atTheLatestNow(Instant at) {
        return at.isAfter(now) ? now : at;
    }

    private static Map<String, String> values(JsonObject health) {
        return parameters(health).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get("value").toString()));
    }

    @Test
    void randomStreamsProcessedIncrementallyEqualAComputationFromScratch() {
        java.util.Random random = new java.util.Random(42);
        String run = StoredFixtures.uniqueId("eq");
        List<HelpdeskEvent> stream = RandomStreams.of("default", run, random, now);
        List<HelpdeskEvent> delivered = new ArrayList<>(stream);
        for (int d = 0; d < stream.size() / 8; d++) {
            delivered.add(stream.get(random.nextInt(stream.size())));
        }
        java.util.Collections.shuffle(delivered, random);

        try {
            for (int from = 0; from < delivered.size(); from += 9) {
                HttpResponse<String> answer = events().postBatch(
                        delivered.subList(from, Math.min(delivered.size(), from + 9)), clock.instant());
                assertEquals(202, answer.statusCode(), answer.body());
                assertTrue(statuses(answer).stream().noneMatch("rejected"::equals), answer.body());
                clock.advance(Duration.ofHours(random.nextInt(30)));
                expiry.recalculateExpired();
            }
            ReferenceScores.Rules rules = ReferenceScores.Rules.of(Api.json(Api.at(base).as(TestUsers.adminOf("default"))
                    .get("api/v1/settings")).asJsonObject().getJsonObject("rules"));
            assertEqualsReference(ReferenceScores.of(stream, rules, clock.instant()), agent());
        } finally {
            clock.reset();
        }
    }

    @Test
    void everyCompanyModeGivesTheScoresOfTheReference() throws Exception {
        String tenant = "eq-" + StoredFixtures.uniqueId("m").substring(2, 14);
        List<HelpdeskEvent> stream = RandomStreams.of(tenant, "eq", new java.util.Random(7), now);
        List<HelpdeskEvent> delivered = new ArrayList<>(stream);
        java.util.Collections.shuffle(delivered, new java.util.Random(11));
        for (int from = 0; from < delivered.size(); from += 13) {
            for (Verdict verdict : processing.process(delivered.subList(from, Math.min(delivered.size(), from + 13)))) {
                assertEquals("accepted", verdict.status(), verdict.toString());
            }
        }
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        for (String mode : List.of("mean", "lowest", "ticket-weighted")) {
            JsonObject current = Api.json(admin.get("api/v1/settings")).asJsonObject().getJsonObject("rules");
            String rules = Json.createObjectBuilder(current).add("companyMode", mode).build().toString();
            HttpResponse<String> saved = admin.putJson("api/v1/settings", rules);
            assertEquals(200, saved.statusCode(), saved.body());
            awaitRescored(admin);

            assertEqualsReference(ReferenceScores.of(stream, ReferenceScores.Rules.of(Json.createReader(
                    new java.io.StringReader(rules)).readObject()), Instant.now()), Api.at(base).as(TestUsers.agentOf(tenant)));
        }
    }

    /** Every customer and company of {@code expected} is stored with the reference's score and band. */
    private static void assertEqualsReference(ReferenceScores.Expected expected, Api reader) {
        assertFalse(expected.customers().isEmpty());
        expected.customers().forEach((customer, result) -> {
            HttpResponse<String> answer = reader.get("api/v1/customers/" + customer + "/health");
            assertEquals(200, answer.statusCode(), customer + " " + answer.body());
            JsonObject stored = Api.json(answer).asJsonObject();
            assertEquals(result.score() == null ? JsonValue.NULL.toString() : result.score().toString(),
                    stored.get("score").toString(), customer + " " + stored);
            assertEquals(result.band(), stored.getString("band"), customer);
        });
        expected.companies().forEach((company, result) -> {
            HttpResponse<String> answer = reader.get("api/v1/companies/" + company + "/health");
            assertEquals(200, answer.statusCode(), company + " " + answer.body());
            JsonObject stored = Api.json(answer).asJsonObject();
            assertEquals(result.score() == null ? JsonValue.NULL.toString() : result.score().toString(),
                    stored.get("score").toString(), company + " " + stored);
        });
    }

    private static void awaitRescored(Api admin) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonObject progress = Api.json(admin.get("api/v1/settings/rescoring")).asJsonObject();
            if (!progress.isNull("finishedAt")) {
                return;
            }
            // Rescoring runs in the background: asked again a moment later.
            Thread.sleep(50);
        }
        throw new AssertionError("Rescoring did not finish within 60 s");
    }

    @Test
    void idsThatDifferOnlyInCaseOrATrailingSpaceAreDifferentTicketsCustomersAndEvents() {
        String event = StoredFixtures.uniqueId("evt");
        List<HelpdeskEvent> events = new ArrayList<>();
        events.add(new TicketCreated(new EventHeader("default", SOURCE, event + "-X", ago(3)), ticket + "-T",
                customer + "-ADA", company, ago(3), TicketStatus.NEW, null, "email"));
        events.add(new TicketCreated(new EventHeader("default", SOURCE, event + "-x", ago(3)), ticket + "-t",
                customer + "-ada", company, ago(3), TicketStatus.NEW, null, "email"));
        events.add(new TicketCreated(new EventHeader("default", SOURCE, event + "-x ", ago(3)), ticket + "-t ",
                customer + "-ada", company, ago(3), TicketStatus.NEW, null, "email"));
        for (int i = 0; i < 3; i++) {
            events.add(new TicketInteractionAdded(header(2), ticket + "-t", "agent", ago(2), true));
        }

        HttpResponse<String> answer = events().postBatch(events);

        assertEquals(Collections.nCopies(6, "accepted"), statuses(answer), answer.body());
        JsonObject upper = customerHealth(customer + "-ADA");
        JsonObject lower = customerHealth(customer + "-ada");
        assertEquals(1, parameters(upper).get("ticketsInWindow").getJsonNumber("value").intValue());
        assertEquals(JsonValue.NULL, parameters(upper).get("avgInteractions").get("value"), "no ticket handled");
        assertEquals(2, parameters(lower).get("ticketsInWindow").getJsonNumber("value").intValue());
        assertEquals(3.0, parameters(lower).get("avgInteractions").getJsonNumber("value").doubleValue(), 1e-9,
                "three interactions on the one of its tickets they name exactly");
    }

    @Test
    void anotherTenantsEventsStayInThatTenant() {
        EventHeader theirs = new EventHeader(TestUsers.OTHER_TENANT, SOURCE, StoredFixtures.uniqueId("e"), ago(1));

        HttpResponse<String> answer = events().postOne(new TicketCreated(theirs, ticket, customer, null, ago(1),
                TicketStatus.OPEN, null, null));

        assertEquals(202, answer.statusCode(), answer.body());
        assertEquals(404, agent().get("api/v1/customers/" + customer + "/health").statusCode());
        assertEquals(200, Api.at(base).as(TestUsers.OTHER_TENANT_AGENT).get("api/v1/customers/" + customer + "/health")
                .statusCode());
    }

    @Test
    void badEventsInABatchAreRejectedOneByOneAndTheRestApplied() {
        String body = "[" + SignedEvents.envelope(created(ticket, customer, 2)) + ","
                + "{\"specversion\":\"1.0\",\"id\":\"x-1\",\"source\":\"" + SOURCE + "\",\"type\":\"ticket.teleported\","
                + "\"time\":\"" + ago(1) + "\",\"data\":{\"ticketId\":\"" + ticket + "\"}},"
                + "{\"specversion\":\"1.0\",\"id\":\"x-2\",\"source\":\"" + SOURCE + "\",\"type\":\"csat.rated\","
                + "\"time\":\"" + ago(1) + "\",\"data\":{\"ticketId\":\"" + ticket + "\",\"rating\":9,\"scaleMin\":1,"
                + "\"scaleMax\":5,\"at\":\"" + ago(1) + "\"}},"
                + "{\"specversion\":\"1.0\",\"id\":\"x-3\",\"source\":\"" + SOURCE + "\",\"type\":\"ticket.status_changed\","
                + "\"data\":{\"ticketId\":\"" + ticket + "\",\"status\":\"open\",\"at\":\"" + ago(1) + "\"}}]";

        HttpResponse<String> answer = events().post("application/cloudevents-batch+json", body,
                SignedEvents.DEFAULT_SECRET, Instant.now());

        assertEquals(202, answer.statusCode(), answer.body());
        JsonArray verdicts = Api.json(answer).asJsonArray();
        assertEquals(List.of("accepted", "rejected", "rejected", "rejected"), statuses(answer));
        assertTrue(verdicts.getJsonObject(1).getString("error").startsWith("type:"), verdicts.toString());
        assertTrue(verdicts.getJsonObject(2).getString("error").startsWith("data.rating:"), verdicts.toString());
        assertTrue(verdicts.getJsonObject(3).getString("error").startsWith("time:"), verdicts.toString());
        assertEquals(200, agent().get("api/v1/customers/" + customer + "/health").statusCode());
    }

    @Test
    void requestsRefusedAsAWholeChangeNothing() {
        String valid = SignedEvents.envelope(created(ticket, customer, 1)).toString();
        String single = "application/cloudevents+json";
        String missingField = valid.replace("\"customerId\"", "\"client\"");
        StringBuilder tooMany = new StringBuilder("[");
        for (int i = 0; i < 1001; i++) {
            tooMany.append(i == 0 ? "" : ",").append(valid.replace("\"id\":\"", "\"id\":\"" + i + "-"));
        }
        String oversized = valid.replace("\"data\":{", "\"data\":{\"padding\":\"" + "x".repeat(4_200_000) + "\",");

        assertRefused(400, events().post(single, "{not json", SignedEvents.DEFAULT_SECRET, Instant.now()),
                "The body is not JSON: unexpected text at line 1, column 2; send one CloudEvents 1.0 event");
        assertRefused(400, events().post("application/cloudevents-batch+json", "[" + valid,
                SignedEvents.DEFAULT_SECRET, Instant.now()), "The body is not JSON: it ends before its value is complete");
        assertRefused(400, events().post(single, "", SignedEvents.DEFAULT_SECRET, Instant.now()), "The body is empty");
        assertRefused(400, events().post(single, missingField, SignedEvents.DEFAULT_SECRET, Instant.now()), "data.customerId");
        assertRefused(401, events().post(single, valid, null, Instant.now()), "webhook-signature");
        assertRefused(401, events().post(single, valid, "not the secret", Instant.now()), "No signature");
        assertRefused(401, events().post(single, valid, SignedEvents.DEFAULT_SECRET, Instant.now().minusSeconds(400)),
                "webhook-timestamp");
        assertRefused(404, events().post(single, valid.replace("\"specversion\"", "\"tenant\":\"nobody\",\"specversion\""),
                SignedEvents.DEFAULT_SECRET, Instant.now()), "Unknown tenant");
        assertRefused(413, events().post("application/cloudevents-batch+json", tooMany.append(']').toString(),
                SignedEvents.DEFAULT_SECRET, Instant.now()), "at most 1000");
        assertRefused(413, events().post(single, oversized, SignedEvents.DEFAULT_SECRET, Instant.now()), "bytes");
        assertRefused(415, events().post("text/plain", valid, SignedEvents.DEFAULT_SECRET, Instant.now()),
                "This operation does not take a body of Content-Type 'text/plain'");
        assertRefused(415, events().post("application/json", valid, SignedEvents.DEFAULT_SECRET, Instant.now()),
                "This operation does not take a body of Content-Type 'application/json'");
        assertEquals(404, agent().get("api/v1/customers/" + customer + "/health").statusCode(), "nothing was applied");
    }

    @Test
    void hostileValuesInASingleEventAreRefusedUpFrontNamingTheFieldAndTouchingNoTable() {
        String created = SignedEvents.envelope(created(ticket, customer, 1)).toString();
        String named = SignedEvents.envelope(new CustomerUpserted(header(1), customer, "Ada", null, null, Map.of())).toString();
        String rated = SignedEvents.envelope(new CsatRated(header(1), ticket, 2, 1, 5, ago(1), null)).toString();
        Map<String, String> fieldOf = new java.util.LinkedHashMap<>();
        fieldOf.put(created.replace("\"id\":\"", "\"id\":\"\\u0000"), "id");
        fieldOf.put(created.replace("\"customerId\":\"", "\"customerId\":\"\\ud800"), "data.customerId");
        fieldOf.put(created.replace("\"data\":{", "\"data\":{\"priority\":\"" + "p".repeat(40) + "\","), "data.priority");
        fieldOf.put(created.replace("\"createdAt\":\"" + ago(1), "\"createdAt\":\"+999999999-12-31T23:59:59Z"), "data.createdAt");
        fieldOf.put(created.replace("\"createdAt\":\"" + ago(1), "\"createdAt\":\"2100-01-01T00:00:00Z"), "data.createdAt");
        fieldOf.put(created.replace("\"time\":\"" + ago(1), "\"time\":\"1969-12-31T23:59:59Z"), "time");
        fieldOf.put(named.replace("\"name\":\"Ada\"", "\"name\":\"A\\u0000da\""), "data.name");
        fieldOf.put(rated.replace("\"rating\":2.0", "\"rating\":1e400"), "data.rating");

        fieldOf.forEach((body, field) -> {
            assertTrue(!body.equals(created) && !body.equals(named) && !body.equals(rated), "the case changes " + field);
            List<String> statements = statementCounter.statementsDuring(() -> assertRefused(400,
                    events().post("application/cloudevents+json", body, SignedEvents.DEFAULT_SECRET, Instant.now()),
                    field + ": "), sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("chm_"));
            assertEquals(List.of(), statements, field + " is refused before the store is asked anything");
        });
        assertEquals(404, agent().get("api/v1/customers/" + customer + "/health").statusCode(), "nothing was applied");
    }

    @Test
    void aBatchWithHostileEventsAnswersEachAtOnceAndStoresTheOthersInOneGo() {
        String other = StoredFixtures.uniqueId("ticket");
        String nul = SignedEvents.envelope(created(other, customer, 1)).toString()
                .replace("\"id\":\"", "\"id\":\"\\u0000");
        String surrogate = SignedEvents.envelope(created(other, customer, 1)).toString()
                .replace("\"customerId\":\"", "\"customerId\":\"\\udc00");
        String future = SignedEvents.envelope(new TicketStatusChanged(header(1), ticket, TicketStatus.SOLVED,
                now.plus(Duration.ofDays(30)))).toString();
        String body = "[" + SignedEvents.envelope(created(ticket, customer, 2)) + "," + nul + "," + surrogate + ","
                + future + ",null,\"text\"," + SignedEvents.envelope(new TicketInteractionAdded(header(1), ticket,
                "customer", ago(1), true)) + "]";

        StatementCounter.Recording recording = statementCounter.start(sql -> sql.toLowerCase(java.util.Locale.ROOT)
                .startsWith("insert into chm_journal"));
        HttpResponse<String> answer;
        try {
            answer = events().post("application/cloudevents-batch+json", body, SignedEvents.DEFAULT_SECRET, Instant.now());
        } finally {
            recording.stop();
        }

        assertEquals(202, answer.statusCode(), answer.body());
        assertEquals(List.of("accepted", "rejected", "rejected", "rejected", "rejected", "rejected", "accepted"),
                statuses(answer));
        JsonArray verdicts = Api.json(answer).asJsonArray();
        List<String> fields = List.of("id:", "data.customerId:", "data.at:", "event:", "event:");
        for (int i = 0; i < fields.size(); i++) {
            String error = verdicts.getJsonObject(i + 1).getString("error");
            assertTrue(error.startsWith(fields.get(i)), error);
        }
        assertEquals(2, recording.statements().size(), "the good two stored once each, with no attempt again: "
                + recording.statements());
        assertEquals(1.0, parameters(customerHealth(customer)).get("avgInteractions").getJsonNumber("value")
                .doubleValue(), 1e-9);
    }

    @Test
    void nullBodiesAreBadRequestsNotFailures() {
        assertRefused(400, events().post("application/cloudevents+json", "null", SignedEvents.DEFAULT_SECRET,
                Instant.now()), "null");
        assertRefused(400, events().post("application/cloudevents-batch+json", "null", SignedEvents.DEFAULT_SECRET,
                Instant.now()), "array");
        HttpResponse<String> nulls = events().post("application/cloudevents-batch+json", "[null]",
                SignedEvents.DEFAULT_SECRET, Instant.now());
        assertEquals(202, nulls.statusCode(), nulls.body());
        assertEquals(List.of("rejected"), statuses(nulls));
        assertRefused(401, events().post("application/cloudevents-batch+json", "[null]", null, Instant.now()),
                "webhook-signature");
    }

    private static void assertRefused(int status, HttpResponse<String> answer, String detail) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(Api.json(answer).asJsonObject().getString("detail").contains(detail), answer.body());
    }

    private TicketCreated created(String ticketId, String customerId, int daysAgo) {
        return createdAt(ticketId, customerId, company, daysAgo);
    }

    private EventHeader header(int daysAgo) {
        return new EventHeader("default", SOURCE, StoredFixtures.uniqueId("evt"), ago(daysAgo));
    }

    private Instant ago(int days) {
        return now.minus(Duration.ofDays(days));
    }

    private SignedEvents events() {
        return new SignedEvents(base);
    }

    private Api agent() {
        return Api.at(base).as(TestUsers.AGENT);
    }

    private JsonObject customerHealth(String customerId) {
        HttpResponse<String> answer = agent().get("api/v1/customers/" + customerId + "/health");
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer).asJsonObject();
    }

    private JsonObject companyHealth(String companyId) {
        HttpResponse<String> answer = agent().get("api/v1/companies/" + companyId + "/health");
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer).asJsonObject();
    }

    private static List<String> statuses(HttpResponse<String> answer) {
        List<String> statuses = new ArrayList<>();
        Api.json(answer).asJsonArray().forEach(value -> statuses.add(value.asJsonObject().getString("status")));
        return statuses;
    }

    private static Map<String, JsonObject> parameters(JsonObject health) {
        return health.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(parameter -> parameter.getString("key"), Function.identity()));
    }
}
