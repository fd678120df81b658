package com.customerhealth.testing.browser;

import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.scoring.Rating;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.SignedEvents;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * The fixtures of {@link com.customerhealth.testing.StoredFixtures}, written from outside the server
 * through {@link com.customerhealth.testing.FixturesResource}, for tests that drive a browser.
 */
public final class RemoteFixtures {

    private final Api api;

    public RemoteFixtures(URL base) {
        this.api = Api.at(base);
    }

    public void company(String tenantId, String companyId, String name) {
        post("companies", Json.createObjectBuilder().add("tenant", tenantId).add("id", companyId).add("name", name));
    }

    public void customer(String tenantId, String customerId, String name, String companyId) {
        JsonObjectBuilder customer = Json.createObjectBuilder().add("tenant", tenantId).add("id", customerId)
                .add("name", name);
        post("customers", companyId == null ? customer : customer.add("company", companyId));
    }

    /** As {@link com.customerhealth.testing.StoredFixtures#ticket}. */
    public void ticket(String tenantId, String ticketId, String customerId, String companyId, int daysAgo,
                       int interactions, boolean open, Rating rating) {
        JsonObjectBuilder ticket = Json.createObjectBuilder().add("tenant", tenantId).add("id", ticketId)
                .add("customer", customerId).add("daysAgo", daysAgo).add("interactions", interactions)
                .add("open", open);
        if (companyId != null) {
            ticket.add("company", companyId);
        }
        if (rating != null) {
            ticket.add("rating", rating.value()).add("scaleMin", rating.scaleMin()).add("scaleMax", rating.scaleMax());
        }
        post("tickets", ticket);
    }

    /** Processes {@code events} as events of {@code tenantId}, in one batch. */
    public void events(String tenantId, List<? extends HelpdeskEvent> events) {
        JsonArrayBuilder envelopes = Json.createArrayBuilder();
        events.forEach(event -> envelopes.add(SignedEvents.envelope(event)));
        HttpResponse<String> answer = api.postJson("api/testing/fixtures/events?tenant="
                + URLEncoder.encode(tenantId, StandardCharsets.UTF_8), envelopes.build().toString());
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException("events: " + answer.statusCode() + " " + answer.body());
        }
    }

    public void score(String tenantId, Collection<String> customerIds) {
        post("scores", customers(tenantId, customerIds));
    }

    /** As {@link com.customerhealth.testing.StoredFixtures#forgetScores}. */
    public void forgetScores(String tenantId, Collection<String> customerIds) {
        post("forgotten-scores", customers(tenantId, customerIds));
    }

    private static JsonObjectBuilder customers(String tenantId, Collection<String> customerIds) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        customerIds.forEach(ids::add);
        return Json.createObjectBuilder().add("tenant", tenantId).add("customers", ids);
    }

    private void post(String kind, JsonObjectBuilder fixture) {
        HttpResponse<String> answer = api.postJson("api/testing/fixtures/" + kind, fixture.build().toString());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("Fixture " + kind + " refused: " + answer.statusCode() + " " + answer.body());
        }
    }
}
