package com.customerhealth.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.customerhealth.events.CsatRated;
import com.customerhealth.events.EventHeader;
import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The stream of score changes that keeps open pages current: what it sends, when, and to whom. */
@ExtendWith(ArquillianExtension.class)
class ScoreFeedIT {

    private static final String DEFAULT_TENANT = "default";

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Inject
    StoredFixtures fixtures;

    @Test
    void anEventsNewScoresReachTheFollowersOfItsTenantAndNoOtherTenant() throws InterruptedException {
        String company = StoredFixtures.uniqueId("company");
        String customer = StoredFixtures.uniqueId("customer");
        String ticket = StoredFixtures.uniqueId("ticket");
        fixtures.company(DEFAULT_TENANT, company, "Acme");
        fixtures.customer(DEFAULT_TENANT, customer, "Ada", company);
        fixtures.ticket(DEFAULT_TENANT, ticket, customer, company, 2, 1, false, null);
        fixtures.score(DEFAULT_TENANT, List.of(customer));
        BlockingQueue<String> ours = Api.at(base).as(TestUsers.AGENT).follow("api/v1/health/changes");
        BlockingQueue<String> theirs = Api.at(base).as(TestUsers.OTHER_TENANT_AGENT).follow("api/v1/health/changes");
        assertNotNull(ours.poll(10, TimeUnit.SECONDS), "our stream opens");
        assertNotNull(theirs.poll(10, TimeUnit.SECONDS), "their stream opens");

        Instant now = Instant.now();
        assertEquals(202, new SignedEvents(base).postOne(new CsatRated(new EventHeader(DEFAULT_TENANT, "it-feed",
                StoredFixtures.uniqueId("e"), now), ticket, 1, 1, 3, now, null)).statusCode());

        JsonObject customerChange = next(ours, "customer", customer);
        assertEquals(75, customerChange.getInt("score"), "CSAT 1 of 3 turns one of four parameters poor");
        assertEquals("CSAT 1 of 3 on ticket " + ticket, customerChange.getJsonObject("lastChange").getString("summary"));
        assertEquals(100, customerChange.getJsonObject("lastChange").getInt("previousScore"));
        JsonObject companyChange = next(ours, "company", company);
        assertEquals(75, companyChange.getInt("score"), "its only customer's score");
        assertNull(theirs.poll(2, TimeUnit.SECONDS), "another tenant's pages hear nothing of it");
    }

    @Test
    void followingNeedsTheAgentRole() {
        assertEquals(401, Api.at(base).get("api/v1/health/changes").statusCode());
        assertEquals(403, Api.at(base).as(TestUsers.OUTSIDER).get("api/v1/health/changes").statusCode());
    }

    /** The next change of {@code kind} about {@code id}, skipping others; fails after 10 s. */
    private static JsonObject next(BlockingQueue<String> events, String kind, String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.startsWith(kind + "\n")) {
                JsonObject data = Json.createReader(new StringReader(event.substring(kind.length() + 1))).readObject();
                if (data.getString("id").equals(id)) {
                    return data;
                }
            }
        }
        return fail("no " + kind + " change of " + id + " within 10 s");
    }
}
