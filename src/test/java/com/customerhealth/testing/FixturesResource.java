package com.customerhealth.testing;

import com.customerhealth.scoring.Rating;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
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

    /** Takes a {@link ScoreFixture} whose customers' scores are forgotten. */
    @POST
    @Path("forgotten-scores")
    public void forgetScores(ScoreFixture score) {
        fixtures.forgetScores(score.tenant(), score.customers());
    }
}
