package com.customerhealth.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.CsatRated;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.EventProcessing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.Verdict;
import com.customerhealth.security.Roles;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.tickets.TicketStatus;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each tenant's alert rules through {@code api/v1/alerts/rules}, on each database: the configured defaults
 * until a tenant saves its own, the saved ones in force for that tenant alone from its next event on (and
 * the configured ones again after going back to them), every wrong setting refused at once with nothing
 * saved, changes made only to the version they were based on, and who may read and write them. Each test
 * has tenants of its own.
 */
@ExtendWith(ArquillianExtension.class)
class AlertRulesApiIT {

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

    private void process(List<HelpdeskEvent> events) {
        for (Verdict verdict : processing.process(events)) {
            assertEquals("accepted", verdict.status(), verdict.toString());
        }
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
        return "rules-" + kind + "-" + StoredFixtures.uniqueId("t").substring(2, 14);
    }

    private static EventHeader header(String tenant, String id, Instant at) {
        return new EventHeader(tenant, SOURCE, id, at);
    }
}
