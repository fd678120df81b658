package com.customerhealth.testing;

import com.customerhealth.events.EventData;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.EventProcessing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.Verdict;
import com.customerhealth.scoring.Rating;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * {@link StoredFixtures} over HTTP, for tests that run outside the server, such as browser tests: each
 * {@code POST api/testing/fixtures/...} takes one fixture as JSON. Part of the test deployment only.
 */
@Path("testing/fixtures")
@RequestScoped
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
public class FixturesResource {

    @Inject
    StoredFixtures fixtures;

    @Inject
    EventProcessing processing;

    public record CompanyFixture(String tenant, String id, String name) {
    }

    public record CustomerFixture(String tenant, String id, String name, String company) {
    }

    public record TicketFixture(String tenant, String id, String customer, String company, int daysAgo,
                                int interactions, boolean open, Double rating, Double scaleMin, Double scaleMax) {
    }

    public record ScoreFixture(String tenant, List<String> customers) {
    }

    @POST
    @Path("companies")
    public void company(CompanyFixture company) {
        fixtures.company(company.tenant(), company.id(), company.name());
    }

    @POST
    @Path("customers")
    public void customer(CustomerFixture customer) {
        fixtures.customer(customer.tenant(), customer.id(), customer.name(), customer.company());
    }

    @POST
    @Path("tickets")
    public void ticket(TicketFixture ticket) {
        Rating rating = ticket.rating() == null ? null
                : new Rating(ticket.rating(), ticket.scaleMin(), ticket.scaleMax());
        fixtures.ticket(ticket.tenant(), ticket.id(), ticket.customer(), ticket.company(), ticket.daysAgo(),
                ticket.interactions(), ticket.open(), rating);
    }

    @POST
    @Path("scores")
    public void score(ScoreFixture score) {
        fixtures.score(score.tenant(), score.customers());
    }

    /**
     * Processes structured-mode CloudEvents as events of {@code tenant}, as the events API would once it
     * had checked their signature: a tenant of its own for each browser test, without a secret for it.
     */
    @POST
    @Path("events")
    public void events(@QueryParam("tenant") String tenant, JsonArray envelopes) {
        List<HelpdeskEvent> events = envelopes.stream().map(JsonValue::asJsonObject).map(envelope -> EventData.decode(
                new EventHeader(tenant, envelope.getString("source"), envelope.getString("id"),
                        Instant.parse(envelope.getString("time"))), envelope.getString("type"),
                envelope.getJsonObject("data"))).toList();
        for (Verdict verdict : processing.process(events)) {
            if (!"accepted".equals(verdict.status())) {
                throw new IllegalArgumentException(verdict.toString());
            }
        }
    }

    /** Takes a {@link ScoreFixture} whose customers' scores are forgotten. */
    @POST
    @Path("forgotten-scores")
    public void forgetScores(ScoreFixture score) {
        fixtures.forgetScores(score.tenant(), score.customers());
    }
}
