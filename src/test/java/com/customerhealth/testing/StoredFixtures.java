package com.customerhealth.testing;

import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.EventProcessing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.events.Verdict;
import com.customerhealth.health.HealthRecalculation;
import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Rating;
import com.customerhealth.tickets.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Companies, customers and tickets for tests of what is read back, sent through the plugin's own event
 * processing as a helpdesk's events, so they are in the journal and the state like any others; scored
 * again on demand with a cause of their own. Ids carry a random part so tests never meet.
 */
@ApplicationScoped
public class StoredFixtures {

    private static final String SOURCE = "urn:chm:fixtures";

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    EventProcessing processing;

    @Inject
    HealthRecalculation recalculation;

    @Inject
    Clock clock;

    /** An id no other test uses, starting with {@code prefix}. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public void company(String tenantId, String companyId, String name) {
        process(new CompanyUpserted(header(tenantId, clock.instant()), companyId, name, Map.of()));
    }

    public void customer(String tenantId, String customerId, String name, String companyId) {
        process(new CustomerUpserted(header(tenantId, clock.instant()), customerId, name, null, companyId, Map.of()));
    }

    /**
     * A ticket opened {@code daysAgo} with {@code interactions} messages, open or solved, and rated
     * {@code rating} when not {@code null}.
     */
    public void ticket(String tenantId, String ticketId, String customerId, String companyId, int daysAgo,
                       int interactions, boolean open, Rating rating) {
        Instant created = clock.instant().minus(Duration.ofDays(daysAgo));
        List<HelpdeskEvent> events = new ArrayList<>();
        events.add(new TicketCreated(header(tenantId, created), ticketId, customerId, companyId, created,
                TicketStatus.NEW, null, null));
        for (int i = 1; i <= interactions; i++) {
            Instant at = created.plus(Duration.ofMinutes(i));
            events.add(new TicketInteractionAdded(header(tenantId, at), ticketId, "customer", at, true));
        }
        Instant settled = created.plus(Duration.ofHours(1));
        events.add(new TicketStatusChanged(header(tenantId, settled), ticketId,
                open ? TicketStatus.OPEN : TicketStatus.SOLVED, settled));
        if (rating != null) {
            events.add(new CsatRated(header(tenantId, settled), ticketId, rating.value(), rating.scaleMin(),
                    rating.scaleMax(), settled, null));
        }
        process(events.toArray(HelpdeskEvent[]::new));
    }

    /**
     * Scores {@code customerIds} and their companies afresh, as an event about them would, so that the
     * fixture's own cause is their first recorded change whatever their events scored on arrival.
     */
    @Transactional
    public void score(String tenantId, Collection<String> customerIds) {
        forgetScores(tenantId, customerIds);
        forgetCompanyScores(tenantId, customerIds);
        recalculation.recalculateCustomers(tenantId, customerIds, new ChangeCause("event", "fixture-1",
                "cause.csat", "3", "3", "fixture"));
    }

    /**
     * Forgets the recorded scores of {@code customerIds}, as on an install whose state was kept before it
     * was first scored: their badges say there is no data yet.
     */
    @Transactional
    public void forgetScores(String tenantId, Collection<String> customerIds) {
        em.createQuery("delete from CustomerHealth h where h.tenantId = :tenant and h.id in :ids")
                .setParameter("tenant", tenantId).setParameter("ids", customerIds).executeUpdate();
    }

    private void forgetCompanyScores(String tenantId, Collection<String> customerIds) {
        List<String> companies = em.createQuery("select c.companyId from Customer c where c.tenantId = :tenant"
                        + " and c.id in :ids and c.companyId is not null", String.class)
                .setParameter("tenant", tenantId).setParameter("ids", customerIds).getResultList();
        if (!companies.isEmpty()) {
            em.createQuery("delete from CompanyHealth h where h.tenantId = :tenant and h.id in :ids")
                    .setParameter("tenant", tenantId).setParameter("ids", companies).executeUpdate();
        }
    }

    private void process(HelpdeskEvent... events) {
        for (Verdict verdict : processing.process(List.of(events))) {
            if (!"accepted".equals(verdict.status())) {
                throw new IllegalStateException("A fixture was not accepted: " + verdict);
            }
        }
    }

    private static EventHeader header(String tenantId, Instant at) {
        return new EventHeader(tenantId, SOURCE, uniqueId("fixture"), at);
    }
}
