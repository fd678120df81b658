package com.customerhealth.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.RemoteFixtures;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The settings API over HTTP: who may use it, the rules it refuses, the preview against the scores a
 * save brings, the history and restoring. Each test has a tenant of its own, so its saves concern no
 * other test.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    RemoteFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RemoteFixtures(base);
    }

    @Test
    void agentsAreRefusedAndAdminsReadTheConfiguredRulesAndPresets() {
        String tenant = StoredFixtures.uniqueId("settings");

        assertEquals(403, Api.at(base).as(TestUsers.agentOf(tenant)).get("api/v1/settings").statusCode());
        assertEquals(401, Api.at(base).get("api/v1/settings").statusCode());
        HttpResponse<String> answer = admin(tenant).get("api/v1/settings");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject current = Api.json(answer).asJsonObject();
        assertTrue(current.isNull("version"), "nothing saved yet: " + current);
        JsonObject csat = current.getJsonObject("rules").getJsonObject("parameters").getJsonObject("avgCsat");
        assertEquals(2.6, csat.getJsonNumber("goodAverage").doubleValue());
        assertEquals(List.of("b2c-small", "b2c-medium", "b2c-large", "b2b"), current.getJsonArray("presets")
                .getValuesAs(JsonObject.class).stream().map(preset -> preset.getString("key")).toList());
    }

    @Test
    void invalidRulesAreRefusedNamingTheSettingAndNothingIsSaved() {
        String tenant = StoredFixtures.uniqueId("settings");
        JsonObject valid = rulesOf(tenant);
        Map<String, UnaryOperator<JsonObject>> invalid = new TreeMap<>(Map.of(
                "avgCsat.goodAverage", rules -> withParameter(rules, "avgCsat", "goodAverage", Json.createValue("abc")),
                "openTickets.weight", rules -> withParameter(rules, "openTickets", "weight", Json.createValue(-1)),
                "ticketsInWindow.goodAverage", rules -> withParameter(rules, "ticketsInWindow", "goodAverage",
                        Json.createValue(30)),
                "cutoffs.average", rules -> with(rules, "cutoffs", Json.createObjectBuilder()
                        .add("healthy", 40).add("average", 70).build()),
                "parameters", rules -> {
                    JsonObject off = rules;
                    for (String key : List.of("avgInteractions", "ticketsInWindow", "openTickets", "avgCsat")) {
                        off = withParameter(off, key, "enabled", JsonValue.FALSE);
                    }
                    return off;
                },
                "windowDays", rules -> with(rules, "windowDays", Json.createValue("sixty"))));

        invalid.forEach((setting, edit) -> {
            JsonObject draft = edit.apply(valid);
            for (HttpResponse<String> answer : List.of(admin(tenant).putJson("api/v1/settings", draft.toString()),
                    admin(tenant).postJson("api/v1/settings/preview", draft.toString()))) {
                assertEquals(400, answer.statusCode(), setting + ": " + answer.body());
                assertTrue(Api.json(answer).asJsonObject().getString("detail").startsWith(setting + ":"),
                        setting + ": " + answer.body());
            }
        });

        assertEquals(0, versions(tenant).size());
        assertEquals(404, admin(tenant).get("api/v1/settings/rescoring").statusCode());
    }

    @Test
    void bodiesThatAreNotAnObjectOfSettingsAreRefusedInTheSendersWords() {
        String tenant = StoredFixtures.uniqueId("settings");
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("", "rules: is not JSON: it ends before its value is complete");
        refusals.put("{\"windowDays\": 60,", "rules: is not JSON: it ends before its value is complete");
        refusals.put("{windowDays: 60}", "rules: is not JSON: unexpected text at line 1, column 2");
        refusals.put("[1, 2]", "rules: is a JSON array, not an object of settings");

        refusals.forEach((body, detail) -> {
            for (HttpResponse<String> answer : List.of(admin(tenant).putJson("api/v1/settings", body),
                    admin(tenant).postJson("api/v1/settings/preview", body))) {
                assertEquals(400, answer.statusCode(), body + ": " + answer.body());
                assertEquals(detail, Api.json(answer).asJsonObject().getString("detail"), body);
            }
        });
        assertEquals(0, versions(tenant).size());
    }

    @Test
    void previewCountsAreTheScoresTheSaveBrings() {
        String tenant = StoredFixtures.uniqueId("settings");
        List<String> customers = PresetSensitiveCustomers.seed(fixtures, tenant).all();
        JsonObject now = Api.json(admin(tenant).postJson("api/v1/settings/preview", rulesOf(tenant).toString()))
                .asJsonObject();
        assertEquals(bandCounts(tenant, customers), now.getJsonObject("customersNow"));
        assertEquals(now.getJsonObject("customersNow"), now.getJsonObject("customersDraft"),
                "the rules in force preview today's spread");

        JsonObject b2b = preset(tenant, "b2b");
        HttpResponse<String> previewed = admin(tenant).postJson("api/v1/settings/preview", b2b.toString());
        assertEquals(200, previewed.statusCode(), previewed.body());
        JsonObject preview = Api.json(previewed).asJsonObject();
        assertEquals(now.getJsonObject("customersNow"), preview.getJsonObject("customersNow"),
                "a preview changes nothing");

        saveAndWait(tenant, b2b);

        assertEquals(preview.getJsonObject("customersDraft"), bandCounts(tenant, customers));
        assertEquals(preview.getJsonObject("companiesDraft"), Api.json(admin(tenant)
                        .postJson("api/v1/settings/preview", b2b.toString())).asJsonObject().getJsonObject("companiesNow"));
    }

    @Test
    void historySaysWhoChangedWhatAndRestoringBringsTheOldScoresBack() {
        String tenant = StoredFixtures.uniqueId("settings");
        List<String> customers = PresetSensitiveCustomers.seed(fixtures, tenant).all();
        JsonObject before = bandCounts(tenant, customers);
        JsonObject configured = rulesOf(tenant);

        JsonObject saved = saveAndWait(tenant, preset(tenant, "b2b"));
        assertEquals(1, saved.getJsonObject("saved").getInt("version"));
        JsonObject afterB2b = bandCounts(tenant, customers);
        saveAndWait(tenant, withParameter(configured, "avgCsat", "enabled", JsonValue.FALSE));

        HttpResponse<String> restored = admin(tenant).postJson("api/v1/settings/versions/1/restore", "");
        assertEquals(200, restored.statusCode(), restored.body());
        waitForRescoring(tenant, 3);
        assertEquals(afterB2b, bandCounts(tenant, customers));
        assertTrue(!afterB2b.equals(before), "the B2B preset moves the seeded customers: " + afterB2b);

        List<JsonObject> versions = versions(tenant);
        assertEquals(List.of(3, 2, 1), versions.stream().map(version -> version.getInt("version")).toList());
        assertEquals(1, versions.get(0).getInt("restoredFrom"));
        assertTrue(versions.get(2).isNull("restoredFrom"));
        versions.forEach(version -> assertEquals(TestUsers.adminOf(tenant), version.getString("savedBy")));
        Map<String, JsonObject> firstChanges = versions.get(2).getJsonArray("changes").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(change -> change.getString("setting"), change -> change));
        assertEquals("2", firstChanges.get("ticketsInWindow.goodAverage").getString("from"));
        assertEquals("10", firstChanges.get("ticketsInWindow.goodAverage").getString("to"));
        assertTrue(versions.get(1).getJsonArray("changes").contains(Json.createObjectBuilder()
                .add("setting", "avgCsat.enabled").add("from", "on").add("to", "off").build()),
                versions.get(1).toString());
        JsonObject lastChange = Api.json(admin(tenant).get("api/v1/customers/" + customers.get(0) + "/health"))
                .asJsonObject().getJsonObject("lastChange");
        assertEquals("configuration", lastChange.getString("kind"));

        assertEquals(404, admin(tenant).postJson("api/v1/settings/versions/99/restore", "").statusCode());
    }

    private JsonObject saveAndWait(String tenant, JsonObject rules) {
        HttpResponse<String> answer = admin(tenant).putJson("api/v1/settings", rules.toString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject saved = Api.json(answer).asJsonObject();
        waitForRescoring(tenant, saved.getJsonObject("saved").getInt("version"));
        return saved;
    }

    private void waitForRescoring(String tenant, int version) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonObject progress = Api.json(admin(tenant).get("api/v1/settings/rescoring")).asJsonObject();
            if (progress.getInt("version") == version && !progress.isNull("finishedAt")) {
                assertEquals(100, progress.getInt("percent"));
                assertEquals(progress.getInt("total"), progress.getInt("done"));
                return;
            }
            sleep();
        }
        throw new AssertionError("Version " + version + " of tenant " + tenant + " was not applied within 30 s");
    }

    /** The customers' bands as the health API answers them, counted as a preview counts them. */
    private JsonObject bandCounts(String tenant, List<String> customers) {
        JsonArray health = Api.json(admin(tenant).postJson("api/v1/customers/health", Json.createArrayBuilder(customers)
                .build().toString())).asJsonArray();
        Map<String, Long> bands = health.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(view -> view.getString("band"), Collectors.counting()));
        return Json.createObjectBuilder()
                .add("healthy", bands.getOrDefault("healthy", 0L))
                .add("average", bands.getOrDefault("average", 0L))
                .add("poor", bands.getOrDefault("poor", 0L))
                .add("noData", bands.getOrDefault("no_data", 0L))
                .build();
    }

    private JsonObject rulesOf(String tenant) {
        return Api.json(admin(tenant).get("api/v1/settings")).asJsonObject().getJsonObject("rules");
    }

    private JsonObject preset(String tenant, String key) {
        return Api.json(admin(tenant).get("api/v1/settings")).asJsonObject().getJsonArray("presets")
                .getValuesAs(JsonObject.class).stream().filter(preset -> preset.getString("key").equals(key))
                .findFirst().orElseThrow().getJsonObject("rules");
    }

    private List<JsonObject> versions(String tenant) {
        HttpResponse<String> answer = admin(tenant).get("api/v1/settings/versions");
        assertEquals(200, answer.statusCode(), answer.body());
        return Api.json(answer).asJsonArray().getValuesAs(JsonObject.class);
    }

    private Api admin(String tenant) {
        return Api.at(base).as(TestUsers.adminOf(tenant));
    }

    private static JsonObject withParameter(JsonObject rules, String parameter, String field, JsonValue value) {
        JsonObject parameters = rules.getJsonObject("parameters");
        return with(rules, "parameters", Json.createObjectBuilder(parameters)
                .add(parameter, Json.createObjectBuilder(parameters.getJsonObject(parameter)).add(field, value))
                .build());
    }

    private static JsonObject with(JsonObject object, String name, JsonValue value) {
        return Json.createObjectBuilder(object).add(name, value).build();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
