package com.customerhealth.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.testing.PluginDeployment;
import com.customerhealth.testing.SignedEvents;
import com.customerhealth.testing.StoredFixtures;
import com.customerhealth.testing.TestUsers;
import com.customerhealth.tickets.TicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same events, sent once by one sender in order and once by four senders at the same time in shuffled
 * batches with repeats, end in identical tables: tickets, customers, companies and scores. On PostgreSQL,
 * where concurrent transactions really interleave.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentDeliveryPostgresqlIT {

    private static final String SOURCE = "https://desk.example.com";

    @Deployment
    static WebArchive deployment() {
        return PluginDeployment.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Test
    void oneSenderInOrderAndFourConcurrentSendersShufflingEndInIdenticalTables() throws Exception {
        String run = StoredFixtures.uniqueId("o2").substring(0, 16);
        Instant now = Instant.now();
        List<HelpdeskEvent> inOrder = stream("default", run, new Random(2), now);
        List<HelpdeskEvent> shuffled = stream(TestUsers.OTHER_TENANT, run, new Random(2), now);
        inOrder.sort((a, b) -> a.header().occurredAt().compareTo(b.header().occurredAt()));
        SignedEvents sender = new SignedEvents(base);

        for (int from = 0; from < inOrder.size(); from += 50) {
            assertAccepted(sender.postBatch(inOrder.subList(from, Math.min(inOrder.size(), from + 50))));
        }
        List<HelpdeskEvent> delivered = new ArrayList<>(shuffled);
        Random random = new Random(5);
        for (int d = 0; d < shuffled.size() / 10; d++) {
            delivered.add(shuffled.get(random.nextInt(shuffled.size())));
        }
        Collections.shuffle(delivered, random);
        List<List<HelpdeskEvent>> batches = new ArrayList<>();
        for (int from = 0; from < delivered.size(); ) {
            int size = 1 + random.nextInt(40);
            batches.add(delivered.subList(from, Math.min(delivered.size(), from + size)));
            from += size;
        }
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (List<HelpdeskEvent> batch : batches) {
                answers.add(senders.submit(() -> sender.postBatch(batch)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertEquals(202, response.statusCode(), response.body());
                assertTrue(!response.body().contains("\"rejected\""), response.body());
            }
        } finally {
            senders.shutdownNow();
        }

        List<List<Object>> sequential = state("default", run);
        assertTrue(sequential.size() > 100, "a state worth comparing: " + sequential.size() + " rows");
        assertEquals(sequential, state(TestUsers.OTHER_TENANT, run));
    }

    private static void assertAccepted(HttpResponse<String> answer) {
        assertEquals(202, answer.statusCode(), answer.body());
        assertTrue(!answer.body().contains("\"rejected\""), answer.body());
    }

    /** The rows of {@code tenant} whose ids start with {@code run}, in id order, as plain values. */
    private List<List<Object>> state(String tenant, String run) {
        List<List<Object>> rows = new ArrayList<>();
        for (String query : List.of(
                "select t.id, t.opened, t.customerId, t.companyId, t.status, t.createdAt, t.ownInteractions, t.interactions,"
                        + " t.handledAt, t.lastActivityAt, t.rating, t.ratedAt, t.merged, t.mergedInto, t.deleted, t.counted,"
                        + " t.priority from Ticket t where t.tenantId = :tenant and t.id like :run order by t.id",
                "select c.id, c.name, c.email, c.companyId from Customer c where c.tenantId = :tenant and c.id like :run"
                        + " order by c.id",
                "select c.id, c.name from Company c where c.tenantId = :tenant and c.id like :run order by c.id",
                "select h.id, h.score, h.health, h.ticketsInWindow from CustomerHealth h where h.tenantId = :tenant"
                        + " and h.id like :run order by h.id",
                "select h.id, h.score, h.health from CompanyHealth h where h.tenantId = :tenant and h.id like :run"
                        + " order by h.id")) {
            for (Object row : em.createQuery(query).setParameter("tenant", tenant).setParameter("run", run + "%")
                    .getResultList()) {
                List<Object> values = new ArrayList<>();
                Collections.addAll(values, (Object[]) row);
                rows.add(values);
            }
        }
        return rows;
    }

    /** About 1,500 events of 40 customers in five companies, of every kind, merges and moves among them. */
    private static List<HelpdeskEvent> stream(String tenant, String run, Random random, Instant now) {
        List<HelpdeskEvent> events = new ArrayList<>();
        int[] number = {0};
        Function<Instant, EventHeader> header = at -> new EventHeader(tenant, SOURCE, run + "-e" + number[0]++, at);
        for (int c = 0; c < 40; c++) {
            Instant at = now.minus(Duration.ofDays(1 + random.nextInt(80)));
            events.add(new CustomerUpserted(header.apply(at), run + "-customer-" + c, "Customer " + c, null,
                    random.nextInt(3) == 0 ? null : run + "-company-" + random.nextInt(5), Map.of()));
            if (random.nextInt(4) == 0) {
                events.add(new CustomerUpserted(header.apply(at.plus(Duration.ofMinutes(random.nextInt(3000)))),
                        run + "-customer-" + c, "Customer " + c + " renamed", null, run + "-company-" + random.nextInt(5),
                        Map.of()));
            }
        }
        for (int k = 0; k < 5; k++) {
            events.add(new CompanyUpserted(header.apply(now.minus(Duration.ofDays(90))), run + "-company-" + k,
                    "Company " + k, Map.of()));
        }
        for (int t = 0; t < 250; t++) {
            String ticket = run + "-ticket-" + t;
            Instant created = now.minus(Duration.ofDays(2 + random.nextInt(85))).plus(Duration.ofMinutes(random.nextInt(600)));
            events.add(new TicketCreated(header.apply(created), ticket, run + "-customer-" + random.nextInt(40),
                    random.nextInt(3) == 0 ? null : run + "-company-" + random.nextInt(5), created, TicketStatus.NEW, "normal",
                    "email"));
            for (int e = random.nextInt(8); e > 0; e--) {
                // Some events of a ticket at the same instant: ties are broken by event id.
                Instant at = random.nextInt(5) == 0 ? created : created.plus(Duration.ofMinutes(1 + random.nextInt(2880)));
                EventHeader h = header.apply(at);
                events.add(switch (random.nextInt(10)) {
                    case 0 -> new TicketStatusChanged(h, ticket, TicketStatus.values()[random.nextInt(6)], at);
                    case 1 -> new CsatRated(h, ticket, 1 + random.nextInt(5), 1, 5, at, null);
                    case 2 -> new TicketCustomerChanged(h, ticket, run + "-customer-" + random.nextInt(40),
                            random.nextBoolean() ? null : run + "-company-" + random.nextInt(5));
                    case 3 -> new TicketPriorityChanged(h, ticket, "high", at);
                    case 4 -> new TicketMerged(h, ticket, run + "-ticket-" + random.nextInt(250));
                    case 5 -> random.nextInt(4) == 0 ? new TicketDeleted(h, ticket) : new TicketEscalated(h, ticket, "tier-2", at);
                    default -> new TicketInteractionAdded(h, ticket, random.nextBoolean() ? "agent" : "customer", at, true);
                });
            }
        }
        return events;
    }
}
