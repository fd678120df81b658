package com.customerhealth.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.Api;
import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.tickets.TicketStatus;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's state, damaged on purpose, rebuilt from its journal through the API, equals the state the
 * events made as they arrived: the same tickets, families, customers, companies and scores.
 */
@ExtendWith(ArquillianExtension.class)
class RebuildIT {

    private static final String SOURCE = "https://desk.example.com";

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Inject
    Event<HelpdeskEvent> hostEvents;

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void aDamagedStateRebuiltFromTheJournalEqualsTheStateTheEventsMade() throws Exception {
        String tenant = "rebuild-" + StoredFixtures.uniqueId("t").substring(2, 14);
        List<HelpdeskEvent> events = randomStream(tenant, new Random(20261201L));
        Collections.shuffle(events, new Random(7));
        events.forEach(hostEvents::fire);
        List<List<Object>> clean = state(tenant);
        assertTrue(clean.size() > 20, "a state worth comparing: " + clean.size() + " rows");

        transaction.begin();
        em.createQuery("update Ticket t set t.interactions = 99, t.ownInteractions = 0, t.customerId = 'nobody',"
                + " t.counted = true where t.tenantId = :tenant").setParameter("tenant", tenant).executeUpdate();
        em.createQuery("update Customer c set c.companyId = 'nowhere', c.name = 'Nobody' where c.tenantId = :tenant")
                .setParameter("tenant", tenant).executeUpdate();
        em.createQuery("delete from CustomerHealth h where h.tenantId = :tenant").setParameter("tenant", tenant)
                .executeUpdate();
        transaction.commit();
        assertNotEquals(clean, state(tenant), "damaged");

        Api admin = Api.at(base).as(TestUsers.adminOf(tenant));
        HttpResponse<String> asked = admin.postJson("api/v1/rebuild", "{}");
        assertEquals(202, asked.statusCode(), asked.body());
        JsonObject finished = awaitFinished(admin);

        assertEquals("done", finished.getString("phase"));
        assertEquals(100, finished.getInt("percent"));
        assertEquals(clean, state(tenant));
    }

    @Test
    void aTenantThatNeverAskedHasNoRebuildAndAgentsMayNotAsk() {
        String tenant = StoredFixtures.uniqueId("rebuild-none");
        assertEquals(404, Api.at(base).as(TestUsers.adminOf(tenant)).get("api/v1/rebuild").statusCode());
        assertEquals(403, Api.at(base).as(TestUsers.agentOf(tenant)).postJson("api/v1/rebuild", "{}").statusCode());
    }

    private JsonObject awaitFinished(Api admin) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            JsonObject progress = Api.json(admin.get("api/v1/rebuild")).asJsonObject();
            if (!progress.isNull("finishedAt")) {
                return progress;
            }
            // A background rebuild: asked again a moment later.
            Thread.sleep(100);
        }
        throw new AssertionError("The rebuild did not finish within 120 s");
    }

    /** Every stored row of {@code tenant} the state is made of, in id order, as plain values. */
    @SuppressWarnings("unchecked")
    private List<List<Object>> state(String tenant) {
        List<List<Object>> rows = new ArrayList<>();
        for (String query : List.of(
                "select t.id, t.opened, t.customerId, t.companyId, t.status, t.createdAt, t.ownInteractions, t.interactions,"
                        + " t.handledAt, t.rating, t.ratedAt, t.merged, t.mergedInto, t.deleted, t.counted from Ticket t"
                        + " where t.tenantId = :tenant order by t.id",
                "select c.id, c.name, c.email, c.companyId from Customer c where c.tenantId = :tenant order by c.id",
                "select c.id, c.name from Company c where c.tenantId = :tenant order by c.id",
                "select h.id, h.score, h.health, h.ticketsInWindow from CustomerHealth h where h.tenantId = :tenant"
                        + " order by h.id",
                "select h.id, h.score, h.health from CompanyHealth h where h.tenantId = :tenant order by h.id")) {
            for (Object row : em.createQuery(query).setParameter("tenant", tenant).getResultList()) {
                List<Object> values = new ArrayList<>();
                values.add(query.substring(query.indexOf(" from ") + 6, query.indexOf(" where ")));
                Collections.addAll(values, (Object[]) row);
                rows.add(values);
            }
        }
        return rows;
    }

    /** Tickets of five customers of two companies with every kind of event, merges and moves among them. */
    private static List<HelpdeskEvent> randomStream(String tenant, Random random) {
        Instant now = Instant.now();
        List<HelpdeskEvent> events = new ArrayList<>();
        int[] number = {0};
        java.util.function.Function<Instant, EventHeader> header = at -> new EventHeader(tenant, SOURCE,
                "e-" + number[0]++, at);
        for (int c = 0; c < 5; c++) {
            Instant at = now.minus(Duration.ofDays(1 + random.nextInt(30)));
            events.add(new CustomerUpserted(header.apply(at), "customer-" + c, "Customer " + c, null,
                    random.nextBoolean() ? "company-" + random.nextInt(2) : null, Map.of()));
        }
        events.add(new CompanyUpserted(header.apply(now.minus(Duration.ofDays(40))), "company-0", "Acme", Map.of()));
        for (int t = 0; t < 25; t++) {
            String ticket = "ticket-" + t;
            Instant created = now.minus(Duration.ofDays(2 + random.nextInt(70)));
            events.add(new TicketCreated(header.apply(created), ticket, "customer-" + random.nextInt(5),
                    random.nextBoolean() ? "company-" + random.nextInt(2) : null, created, TicketStatus.NEW, null, null));
            for (int e = random.nextInt(6); e > 0; e--) {
                Instant at = created.plus(Duration.ofHours(1 + random.nextInt(40)));
                EventHeader h = header.apply(at);
                events.add(switch (random.nextInt(7)) {
                    case 0 -> new TicketStatusChanged(h, ticket, TicketStatus.values()[random.nextInt(6)], at);
                    case 1 -> new CsatRated(h, ticket, 1 + random.nextInt(5), 1, 5, at, null);
                    case 2 -> new TicketMerged(h, ticket, "ticket-" + random.nextInt(25));
                    case 3 -> new TicketCustomerChanged(h, ticket, "customer-" + random.nextInt(5), null);
                    case 4 -> new TicketPriorityChanged(h, ticket, "high", at);
                    default -> new TicketInteractionAdded(h, ticket, "customer", at, true);
                });
            }
        }
        return events;
    }
}
