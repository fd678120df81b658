package com.customerhealth.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.scoring.Rating;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StatementCounter;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The read API of SPEC section 6 over stored scores: values, explanations, tenants, roles, batches. */
@ExtendWith(ArquillianExtension.class)
class HealthApiIT {

    private static final String DEFAULT_TENANT = "default";

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Inject
    StoredFixtures fixtures;

    @Inject
    StatementCounter statements;

    @Test
    void customerHealthCarriesScoreBandAndEveryParameter() {
        String company = StoredFixtures.uniqueId("company");
        String customer = StoredFixtures.uniqueId("customer");
        fixtures.company(DEFAULT_TENANT, company, "Acme");
        fixtures.customer(DEFAULT_TENANT, customer, "Ada Lovelace", company);
        // b2c-small: 3 tickets is average (50); 4 interactions a ticket is good (100); 1 open is good (100);
        // ratings 5 of 1-5 and 1 of 1-3 are 3 and 1 on the 1-3 scale, mean 2 is poor (0). Mean 62.5 -> 63.
        fixtures.ticket(DEFAULT_TENANT, StoredFixtures.uniqueId("t"), customer, company, 10, 2, true, null);
        fixtures.ticket(DEFAULT_TENANT, StoredFixtures.uniqueId("t"), customer, company, 20, 4, false,
                new Rating(5, 1, 5));
        fixtures.ticket(DEFAULT_TENANT, StoredFixtures.uniqueId("t"), customer, company, 30, 6, false,
                new Rating(1, 1, 3));
        fixtures.score(DEFAULT_TENANT, List.of(customer));

        HttpResponse<String> answer = agent().get("api/v1/customers/" + customer + "/health");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject health = Api.json(answer).asJsonObject();
        assertEquals(customer, health.getString("id"));
        assertEquals("Ada Lovelace", health.getString("name"));
        assertEquals(63, health.getInt("score"));
        assertEquals("average", health.getString("band"));
        Map<String, JsonObject> parameters = byKey(health.getJsonArray("parameters"));
        assertParameter(parameters.get("ticketsInWindow"), 3.0, "average", 50);
        assertParameter(parameters.get("avgInteractions"), 4.0, "good", 100);
        assertParameter(parameters.get("openTickets"), 1.0, "good", 100);
        assertParameter(parameters.get("avgCsat"), 2.0, "poor", 0);
        JsonObject lastChange = health.getJsonObject("lastChange");
        assertEquals("event", lastChange.getString("kind"));
        assertEquals("fixture-1", lastChange.getString("reference"));
        assertTrue(lastChange.isNull("previousScore"), "a first score has no previous one");
        assertTrue(!health.isNull("computedAt"));
    }

    @Test
    void customerWithoutRatingsShowsNoDataForCsatAndScoresTheRest() {
        String customer = StoredFixtures.uniqueId("customer");
        fixtures.customer(DEFAULT_TENANT, customer, null, null);
        fixtures.ticket(DEFAULT_TENANT, StoredFixtures.uniqueId("t"), customer, null, 5, 9, true, null);
        fixtures.score(DEFAULT_TENANT, List.of(customer));

        JsonObject health = Api.json(agent().get("api/v1/customers/" + customer + "/health")).asJsonObject();

        assertEquals(customer, health.getString("name"), "a customer without a name is shown by its id");
        Map<String, JsonObject> parameters = byKey(health.getJsonArray("parameters"));
        assertTrue(parameters.get("avgCsat").isNull("value"));
        assertEquals("no_data", parameters.get("avgCsat").getString("band"));
        assertTrue(parameters.get("avgCsat").isNull("points"));
        // 9 interactions poor (0), 1 ticket good (100), 1 open good (100): 66.67 -> 67
        assertEquals(67, health.getInt("score"));
        assertEquals("average", health.getString("band"));
    }

    @Test
    void companyHealthIsTheMeanOfItsCustomersAndListsThem() {
        String company = StoredFixtures.uniqueId("company");
        String content = StoredFixtures.uniqueId("content");
        String unhappy = StoredFixtures.uniqueId("unhappy");
        fixtures.company(DEFAULT_TENANT, company, "Birchwood Dental");
        fixtures.customer(DEFAULT_TENANT, content, "Content", company);
        fixtures.customer(DEFAULT_TENANT, unhappy, "Unhappy", company);
        fixtures.ticket(DEFAULT_TENANT, StoredFixtures.uniqueId("t"), content, company, 3, 1, false,
                new Rating(3, 1, 3));
        for (int i = 0; i < 4; i++) {
            fixtures.ticket(DEFAULT_TENANT, StoredFixtures.uniqueId("t"), unhappy, company, 3 + i, 8, true,
                    new Rating(1, 1, 3));
        }
        fixtures.score(DEFAULT_TENANT, List.of(content, unhappy));

        HttpResponse<String> answer = agent().get("api/v1/companies/" + company + "/health");

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject health = Api.json(answer).asJsonObject();
        assertEquals("Birchwood Dental", health.getString("name"));
        assertEquals("mean", health.getString("mode"));
        assertEquals(50, health.getInt("score"), "mean of 100 and 0");
        assertEquals("average", health.getString("band"));
        Map<String, Integer> members = health.getJsonArray("customers").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(member -> member.getString("id"), member -> member.getInt("score")));
        assertEquals(Map.of(content, 100, unhappy, 0), members);
        JsonObject spread = health.getJsonObject("spread");
        assertEquals(List.of(1, 0, 1, 0, 0, 100), List.of(spread.getInt("healthy"), spread.getInt("average"),
                spread.getInt("poor"), spread.getInt("noData"), spread.getInt("lowest"), spread.getInt("highest")));
    }

    @Test
    void companiesBatchAnswersTheKnownCompaniesInTheOrderAskedWithOneQuery() {
        String first = StoredFixtures.uniqueId("company");
        String second = StoredFixtures.uniqueId("company");
        String customer = StoredFixtures.uniqueId("customer");
        fixtures.company(DEFAULT_TENANT, first, "First");
        fixtures.company(DEFAULT_TENANT, second, "Second");
        fixtures.customer(DEFAULT_TENANT, customer, "Member", second);
        fixtures.score(DEFAULT_TENANT, List.of(customer));
        String body = Json.createArrayBuilder().add(second).add(StoredFixtures.uniqueId("unknown")).add(first).build()
                .toString();
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();

        List<String> selects = statements.statementsDuring(
                () -> answer.set(agent().postJson("api/v1/companies/health", body)),
                sql -> sql.toLowerCase(Locale.ROOT).contains("company_health"));

        assertEquals(200, answer.get().statusCode(), answer.get().body());
        JsonArray health = Api.json(answer.get()).asJsonArray();
        assertEquals(List.of(second, first), health.stream().map(value -> value.asJsonObject().getString("id")).toList());
        assertEquals(100, health.getJsonObject(0).getInt("score"));
        assertEquals("no_data", health.getJsonObject(1).getString("band"), "a company nobody belongs to has no score");
        assertEquals(1, selects.size(), "one statement for the companies: " + selects);
        assertEquals(400, agent().postJson("api/v1/companies/health", "[null]").statusCode());
    }

    @Test
    void unknownIdsAnswer404AsProblemDetails() {
        HttpResponse<String> customer = agent().get("api/v1/customers/" + StoredFixtures.uniqueId("nobody") + "/health");
        HttpResponse<String> company = agent().get("api/v1/companies/" + StoredFixtures.uniqueId("nothing") + "/health");

        for (HttpResponse<String> answer : List.of(customer, company)) {
            assertEquals(404, answer.statusCode());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            assertEquals(404, Api.json(answer).asJsonObject().getInt("status"));
        }
    }

    @Test
    void anotherTenantsCustomersAreInvisible() {
        String shared = StoredFixtures.uniqueId("customer");
        String theirsOnly = StoredFixtures.uniqueId("customer");
        fixtures.customer(DEFAULT_TENANT, shared, "Ours", null);
        fixtures.customer(TestUsers.OTHER_TENANT, shared, "Theirs", null);
        fixtures.customer(TestUsers.OTHER_TENANT, theirsOnly, "Only theirs", null);
        for (int i = 0; i < 5; i++) {
            fixtures.ticket(TestUsers.OTHER_TENANT, StoredFixtures.uniqueId("t"), shared, null, 1, 9, true, null);
        }
        fixtures.score(DEFAULT_TENANT, List.of(shared));
        fixtures.score(TestUsers.OTHER_TENANT, List.of(shared, theirsOnly));

        JsonObject ours = Api.json(agent().get("api/v1/customers/" + shared + "/health")).asJsonObject();
        JsonObject theirs = Api.json(otherTenantAgent().get("api/v1/customers/" + shared + "/health")).asJsonObject();

        assertEquals("Ours", ours.getString("name"));
        assertEquals(100, ours.getInt("score"), "no tickets of our own: nothing open, none in the window");
        assertEquals("Theirs", theirs.getString("name"));
        assertEquals(0, theirs.getInt("score"));
        assertEquals(404, agent().get("api/v1/customers/" + theirsOnly + "/health").statusCode());
        JsonArray batch = Api.json(agent().postJson("api/v1/customers/health",
                Json.createArrayBuilder().add(shared).add(theirsOnly).build().toString())).asJsonArray();
        assertEquals(1, batch.size());
        assertEquals("Ours", batch.getJsonObject(0).getString("name"));
    }

    @Test
    void callersWithoutCredentialsGet401AndWithoutTheAgentRole403() {
        String path = "api/v1/customers/" + StoredFixtures.uniqueId("anyone") + "/health";

        assertEquals(401, Api.at(base).get(path).statusCode());
        assertEquals(401, Api.at(base).as(TestUsers.AGENT, "wrong password").get(path).statusCode());
        assertEquals(403, Api.at(base).as(TestUsers.OUTSIDER).get(path).statusCode());
        assertEquals(403, Api.at(base).as(TestUsers.OUTSIDER).postJson("api/v1/customers/health", "[]").statusCode());
        assertEquals(401, Api.at(base).get("api/v1/companies/any/health").statusCode());
    }

    @Test
    void batchOf500AnswersEveryKnownCustomerInOrderWithOneQuery() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String customer = StoredFixtures.uniqueId("batch");
            fixtures.customer(DEFAULT_TENANT, customer, "Customer " + i, null);
            ids.add(customer);
        }
        fixtures.score(DEFAULT_TENANT, ids);
        JsonArrayBuilder body = Json.createArrayBuilder();
        ids.forEach(body::add);
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();

        List<String> selects = statements.statementsDuring(
                () -> answer.set(agent().postJson("api/v1/customers/health", body.build().toString())),
                sql -> sql.toLowerCase(Locale.ROOT).contains("customer_health"));

        assertEquals(200, answer.get().statusCode(), answer.get().body());
        JsonArray health = Api.json(answer.get()).asJsonArray();
        assertEquals(ids, health.stream().map(value -> value.asJsonObject().getString("id")).toList());
        assertTrue(health.stream().allMatch(value -> value.asJsonObject().getInt("score") == 100));
        assertEquals(1, selects.size(), "one statement for 500 customers: " + selects);
        // HealthJson leads each view with its id; JSON-B would have ordered the keys alphabetically.
        assertTrue(answer.get().body().startsWith("[{\"id\":"), "written by HealthJson, not by JSON-B");
    }

    @Test
    void batchRefusesMoreThan500IdsAndBodiesThatAreNotArraysOfIds() {
        // Ids the store could not hold are refused up front too: a NUL, half a surrogate pair, too long.
        JsonArrayBuilder tooMany = Json.createArrayBuilder();
        for (int i = 0; i < 501; i++) {
            tooMany.add("c-" + i);
        }
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put(tooMany.build().toString(), "501 ids sent; at most 500 per request");
        refusals.put("{\"ids\": []}", "The body is a JSON object, not an array of customer ids");
        refusals.put("[\"a\", ", "The body is not JSON: it ends before its value is complete; send a JSON array of customer ids");
        refusals.put("", "The body is not JSON: it ends before its value is complete; send a JSON array of customer ids");
        refusals.put("[\"a\" x]", "The body is not JSON: unexpected text at line 1, column 6; send a JSON array of customer ids");
        refusals.put("[null]", "The customer id at 0 is null; ids are strings, such as \"C-1\"");
        refusals.put("[\"a\", 2]", "The customer id at 1 is a JSON number; ids are strings, such as \"C-1\"");
        refusals.put("[\"c-\\u0000\"]", "The customer id at 0 holds a NUL character (at 2), which is not text");
        refusals.put("[\"\\ud800\"]", "The customer id at 0 holds half of a surrogate pair (at 0), which is not text");
        refusals.put("[\"" + "c".repeat(129) + "\"]", "The customer id at 0 is 129 characters long; at most 128");

        refusals.forEach((body, detail) -> {
            HttpResponse<String> answer = agent().postJson("api/v1/customers/health", body);
            assertEquals(400, answer.statusCode(), body);
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            assertEquals(detail, Api.json(answer).asJsonObject().getString("detail"), body);
        });
    }

    @Test
    void refusalsOfTheRuntimeSayWhatTheCallerCanDo() {
        HttpResponse<String> wrongMethod = agent().get("api/v1/customers/health");
        assertEquals(405, wrongMethod.statusCode(), wrongMethod.body());
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("POST"), wrongMethod.headers().toString());
        assertEquals("GET is not an operation of " + base.getPath() + "api/v1/customers/health (the Allow header names those that are)",
                detail(wrongMethod));

        HttpResponse<String> wrongType = agent().request("api/v1/customers/health", request -> request
                .header("Content-Type", "application/cloudevents+json").POST(HttpRequest.BodyPublishers.ofString("[]")));
        assertEquals(415, wrongType.statusCode(), wrongType.body());
        assertTrue(detail(wrongType).startsWith("This operation does not take a body of Content-Type"
                + " 'application/cloudevents+json'"), wrongType.body());

        HttpResponse<String> wrongAnswer = agent().request("api/v1/customers/c-1/health",
                request -> request.header("Accept", "text/csv").GET());
        assertEquals(406, wrongAnswer.statusCode(), wrongAnswer.body());
        assertEquals("This operation answers none of the types in Accept ('text/csv'); the OpenAPI document at"
                + " /openapi names the type it answers", detail(wrongAnswer));

        HttpResponse<String> nowhere = agent().get("api/v1/customer/c-1");
        assertEquals(404, nowhere.statusCode(), nowhere.body());
        assertEquals("No operation at " + base.getPath() + "api/v1/customer/c-1 (the OpenAPI document at /openapi lists them)",
                detail(nowhere));
    }

    private static String detail(HttpResponse<String> answer) {
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        return Api.json(answer).asJsonObject().getString("detail");
    }

    @Test
    void openApiDocumentDescribesTheReadApi() {
        HttpResponse<String> document = Api.at(base).get("/openapi");

        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/api/v1/customers/{customerId}/health"), document.body());
        assertTrue(document.body().contains("/api/v1/customers/health"));
        assertTrue(document.body().contains("/api/v1/companies/{companyId}/health"));
        assertTrue(document.body().contains("scheme: basic"));
    }

    private Api agent() {
        return Api.at(base).as(TestUsers.AGENT);
    }

    private Api otherTenantAgent() {
        return Api.at(base).as(TestUsers.OTHER_TENANT_AGENT);
    }

    private static Map<String, JsonObject> byKey(JsonArray parameters) {
        return parameters.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(parameter -> parameter.getString("key"), Function.identity()));
    }

    private static void assertParameter(JsonObject parameter, double value, String band, int points) {
        assertEquals(value, parameter.getJsonNumber("value").doubleValue(), 1e-9, parameter.toString());
        assertEquals(band, parameter.getString("band"), parameter.toString());
        assertEquals(points, parameter.getInt("points"), parameter.toString());
        assertTrue(parameter.getBoolean("enabled"));
        assertEquals(1.0, parameter.getJsonNumber("weight").doubleValue(), 1e-9);
    }
}
