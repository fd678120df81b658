package com.customerhealth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.events.EventHeader;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.scoring.Rating;
import com.customerhealth.security.Roles;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.testing.browser.RemoteFixtures;
import com.customerhealth.tickets.TicketStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document as the runtime serves it at {@code /openapi}, and the plugin's real answers judged
 * against it: what a client generated from the served document would meet.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void theServedDocumentIsValidOpenApiAndTheFileAsWrittenInJsonAndYaml() {
        HttpResponse<String> json = document("application/json");
        HttpResponse<String> yaml = document(null);

        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(200, yaml.statusCode());
        assertEquals(List.of(), OpenApiContract.of(json.body()).messages());
        assertEquals(List.of(), OpenApiContract.of(yaml.body()).messages());
        JsonNode served = tree(JSON, json.body());
        assertFalse(served.has("endpoints"), "the runtime's endpoints map is left out");
        // Payara's writer leaves out nulls and empty lists and objects (inside examples, since the document
        // avoids them elsewhere); apart from that the runtime serves the file as written, and nothing more.
        assertEquals(List.of(), differences(withoutEmpties(yamlTree(OpenApiContract.packagedText())),
                withoutEmpties(served), ""), "the file, then the served JSON");
        assertEquals(List.of(), differences(served, yamlTree(yaml.body()), ""), "the served JSON, then the YAML");
    }

    @Test
    void realAnswersFitTheirSchemasInTheServedDocument() {
        OpenApiContract contract = OpenApiContract.of(document("application/json").body());
        List<String> wrong = new ArrayList<>();
        RemoteFixtures fixtures = new RemoteFixtures(base);
        String company = StoredFixtures.uniqueId("company");
        String scored = StoredFixtures.uniqueId("customer");
        String unscored = StoredFixtures.uniqueId("customer");
        fixtures.company("default", company, "Acme");
        fixtures.customer("default", scored, "Ada Lovelace", company);
        fixtures.customer("default", unscored, "Grace Hopper", null);
        fixtures.ticket("default", StoredFixtures.uniqueId("t"), scored, company, 3, 4, true, new Rating(2, 1, 3));
        fixtures.ticket("default", StoredFixtures.uniqueId("t"), scored, company, 10, 1, false, null);
        fixtures.score("default", List.of(scored));
        Api agent = Api.at(base).as(TestUsers.AGENT);

        judge(contract, wrong, "GET", "api/v1/customers/" + scored + "/health", agent, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/customers/" + unscored + "/health", agent, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/companies/" + company + "/health", agent, null, null, 200);
        judge(contract, wrong, "POST", "api/v1/customers/health", agent, "application/json",
                "[\"" + scored + "\",\"" + unscored + "\",\"nobody\"]", 200);
        judge(contract, wrong, "POST", "api/v1/companies/health", agent, "application/json",
                "[\"" + company + "\"]", 200);
        judge(contract, wrong, "GET", "api/v1/customers/nobody-" + scored + "/health", agent, null, null, 404);
        judge(contract, wrong, "POST", "api/v1/customers/health", agent, "application/json", "[1, 2]", 400);
        judge(contract, wrong, "GET", "api/v1/customers/" + scored + "/health", Api.at(base), null, null, 401);

        Api manager = Api.at(base).as(TestUsers.withRoles("default", Roles.MANAGER));
        judge(contract, wrong, "GET", "api/v1/customers?band=poor&band=average&sort=movers&size=5", manager, null, null,
                200);
        judge(contract, wrong, "GET", "api/v1/customers?sort=nope", manager, null, null, 400);
        judge(contract, wrong, "GET", "api/v1/customers", agent, null, null, 403);
        judge(contract, wrong, "GET", "api/v1/companies?q=a&sort=name", manager, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/customers.csv?band=healthy", manager, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/portfolio", manager, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/customers/" + scored + "/history", agent, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/companies/" + company + "/history", agent, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/customers/" + scored + "/history?from=yesterday", agent, null, null, 400);
        judge(contract, wrong, "GET", "api/v1/customers/" + scored + "/tickets", agent, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/customers/nobody-" + scored + "/tickets", agent, null, null, 404);
        judge(contract, wrong, "GET", "api/v1/alerts?subjectType=customer&subjectId=" + scored
                + "&state=open,acknowledged", agent, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/alerts?subjectType=person&subjectId=" + scored, agent, null, null, 400);

        String tenant = StoredFixtures.uniqueId("openapi");
        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        HttpResponse<String> current = judge(contract, wrong, "GET", "api/v1/settings", admin, null, null, 200);
        String rules = tree(JSON, current.body()).get("rules").toString();
        judge(contract, wrong, "GET", "api/v1/settings", Api.at(base).as(TestUsers.agentOf(tenant)), null, null, 403);
        judge(contract, wrong, "GET", "api/v1/settings/rescoring", admin, null, null, 404);
        judge(contract, wrong, "POST", "api/v1/settings/preview", admin, "application/json", rules, 200);
        judge(contract, wrong, "PUT", "api/v1/settings", admin, "application/json", rules.replace("\"windowDays\":60",
                "\"windowDays\":30"), 200);
        judge(contract, wrong, "PUT", "api/v1/settings", admin, "application/json", "{\"windowDays\":30}", 400);
        judge(contract, wrong, "GET", "api/v1/settings/versions", admin, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/settings/rescoring", admin, null, null, 200);
        judge(contract, wrong, "POST", "api/v1/settings/versions/1/restore", admin, "application/json", null, 200);
        judge(contract, wrong, "POST", "api/v1/settings/versions/999/restore", admin, "application/json", null, 404);
        judge(contract, wrong, "GET", "api/v1/rebuild", admin, null, null, 404);
        judge(contract, wrong, "POST", "api/v1/rebuild", admin, "application/json", null, 202);
        judge(contract, wrong, "GET", "api/v1/rebuild", admin, null, null, 200);

        String alerting = StoredFixtures.uniqueId("openapi");
        Api alertsAdmin = Api.at(base).as(TestUsers.adminOf(alerting));
        Api alertsManager = Api.at(base).as(TestUsers.withRoles(alerting, Roles.MANAGER));
        judge(contract, wrong, "GET", "api/v1/alerts/rules", alertsManager, null, null, 200);
        judge(contract, wrong, "GET", "api/v1/alerts/rules", Api.at(base).as(TestUsers.agentOf(alerting)), null, null, 403);
        judge(contract, wrong, "PUT", "api/v1/alerts/rules", alertsAdmin, "application/json",
                "{\"scoreDrop.points\": 40, \"lowCsat.enabled\": \"off\"}", 200);
        judge(contract, wrong, "PUT", "api/v1/alerts/rules", alertsAdmin, "application/json",
                "{\"scoreDrop.points\": \"500\", \"coolDown.hours\": \"x\"}", 400);
        judge(contract, wrong, "PUT", "api/v1/alerts/rules", alertsManager, "application/json", "{}", 403);
        judge(contract, wrong, "DELETE", "api/v1/alerts/rules", alertsAdmin, null, null, 200);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String ticket = StoredFixtures.uniqueId("T");
        EventHeader created = new EventHeader("default", "https://desk.example.com", StoredFixtures.uniqueId("evt"), now);
        EventHeader solved = new EventHeader("default", "https://desk.example.com", StoredFixtures.uniqueId("evt"), now);
        SignedEvents events = new SignedEvents(base);
        String batch = "[" + SignedEvents.envelope(new TicketCreated(created, ticket, scored, company, now,
                TicketStatus.OPEN, "normal", "email")) + "," + SignedEvents.envelope(new TicketStatusChanged(solved,
                ticket, TicketStatus.SOLVED, now)) + ",{\"specversion\":\"1.0\",\"id\":\"evt-x\",\"type\":\"ticket.nope\"}]";
        judgeEvents(contract, wrong, events.post("application/cloudevents-batch+json", batch,
                SignedEvents.DEFAULT_SECRET, Instant.now()), "application/cloudevents-batch+json", batch, 202, false);
        judgeEvents(contract, wrong, events.post("application/cloudevents-batch+json", batch,
                SignedEvents.DEFAULT_SECRET, Instant.now()), "application/cloudevents-batch+json", batch, 202, false);
        String single = SignedEvents.envelope(new TicketStatusChanged(new EventHeader("default",
                "https://desk.example.com", StoredFixtures.uniqueId("evt"), now), ticket, TicketStatus.CLOSED, now))
                .toString();
        judgeEvents(contract, wrong, events.post("application/cloudevents+json", single, SignedEvents.DEFAULT_SECRET,
                Instant.now()), "application/cloudevents+json", single, 202, true);
        judgeEvents(contract, wrong, events.post("application/cloudevents+json", single, null, Instant.now()),
                "application/cloudevents+json", single, 401, false);
        String untimed = single.replaceFirst("\"time\":\"[^\"]*\",", "");
        judgeEvents(contract, wrong, events.post("application/cloudevents+json", untimed, SignedEvents.DEFAULT_SECRET,
                Instant.now()), "application/cloudevents+json", untimed, 400, false);

        assertEquals(List.of(), wrong);
    }

    /**
     * Sends {@code method path} as {@code api} with {@code body} of {@code contentType} (both may be null),
     * expects {@code status} and notes in {@code wrong} how the request, when it has a body, and the answer
     * differ from the document.
     */
    private HttpResponse<String> judge(OpenApiContract contract, List<String> wrong, String method, String path, Api api,
                                       String contentType, String body, int status) {
        HttpResponse<String> answer = api.request(path, request -> {
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
        });
        String name = method + " " + path + " (" + status + ")";
        if (answer.statusCode() != status) {
            wrong.add(name + " answered " + answer.statusCode() + ": " + answer.body());
            return answer;
        }
        // The document's paths have no query: a request's is judged by its parameters, not its path.
        String fullPath = base.getPath() + (path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
        // A request sent to be refused is outside the document on purpose; the others must fit it.
        if (body != null && status < 300) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", contentType);
            answer.request().headers().firstValue("Authorization").ifPresent(value -> headers.put("Authorization", value));
            note(wrong, name + " request", contract.requestProblems(method, fullPath, headers, body));
        }
        note(wrong, name + " answer", contract.answerProblems(method, fullPath, answer.statusCode(),
                answer.headers().firstValue("Content-Type").orElse(null), answer.body()));
        return answer;
    }

    /** As {@link #judge} for an answer of the events endpoint; the request is judged when it {@code fits}. */
    private void judgeEvents(OpenApiContract contract, List<String> wrong, HttpResponse<String> answer,
                             String contentType, String body, int status, boolean fits) {
        String name = "POST api/v1/events as " + contentType + " (" + status + ")";
        if (answer.statusCode() != status) {
            wrong.add(name + " answered " + answer.statusCode() + ": " + answer.body());
            return;
        }
        String path = base.getPath() + "api/v1/events";
        if (fits) {
            Map<String, String> headers = new LinkedHashMap<>();
            answer.request().headers().map().forEach((header, values) -> headers.put(header, values.get(0)));
            headers.put("Content-Type", contentType);
            note(wrong, name + " request", contract.requestProblems("POST", path, headers, body));
        }
        note(wrong, name + " answer", contract.answerProblems("POST", path, answer.statusCode(),
                answer.headers().firstValue("Content-Type").orElse(null), answer.body()));
    }

    private static void note(List<String> wrong, String what, String problems) {
        if (!problems.isEmpty()) {
            wrong.add(what + ": " + problems);
        }
    }

    /** The runtime's document, as JSON when {@code accept} says so and as its default (YAML) otherwise. */
    private HttpResponse<String> document(String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":"
                + base.getPort() + "/openapi"));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return Api.exchange(request.GET().build());
    }

    private static JsonNode tree(ObjectMapper mapper, String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML read as swagger-parser reads it (times stay text). */
    private static JsonNode yamlTree(String text) {
        return DeserializationUtils.readYamlTree(text);
    }

    /** {@code node} without the nulls and empty arrays and objects of its objects, at every depth. */
    private static JsonNode withoutEmpties(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode kept = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = withoutEmpties(field.getValue());
                if (!value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
                    kept.set(field.getKey(), value);
                }
            }
            return kept;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode kept = JSON.createArrayNode();
            array.forEach(element -> kept.add(withoutEmpties(element)));
            return kept;
        }
        return node;
    }

    /** Where {@code expected} and {@code actual} differ, by JSON pointer; numbers compared by value. */
    private static List<String> differences(JsonNode expected, JsonNode actual, String at) {
        List<String> found = new ArrayList<>();
        if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                found.add(at + ": " + expected + " became " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String next = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!expected.has(name)) {
                    found.add(next + ": added");
                } else if (!actual.has(name)) {
                    found.add(next + ": left out");
                } else {
                    found.addAll(differences(expected.get(name), actual.get(name), next));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                found.addAll(differences(expected.get(i), actual.get(i), at + "/" + i));
            }
        } else if (!expected.equals(actual)) {
            found.add(at + ": " + expected + " became " + actual);
        }
        return found;
    }
}
