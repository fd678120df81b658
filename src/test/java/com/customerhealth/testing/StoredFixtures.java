package com.customerhealth.testing;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.Customer;
import com.customerhealth.health.ChangeCause;
import com.customerhealth.health.HealthRecalculation;
import com.customerhealth.scoring.Rating;
import com.customerhealth.tickets.Ticket;
import com.customerhealth.tickets.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Writes companies, customers and tickets straight into the store and scores them with the plugin's
 * own recalculation, for tests of what is read back. Ids carry a random part so tests never meet.
 */
@ApplicationScoped
@Transactional
public class StoredFixtures {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    HealthRecalculation recalculation;

    @Inject
    Clock clock;

    /** An id no other test uses, starting with {@code prefix}. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    public void company(String tenantId, String companyId, String name) {
        Company company = new Company(tenantId, companyId, clock.instant());
        company.rename(name, clock.instant());
        em.persist(company);
    }

    public void customer(String tenantId, String customerId, String name, String companyId) {
        Customer customer = new Customer(tenantId, customerId, clock.instant());
        customer.describe(name, null, companyId, clock.instant());
        em.persist(customer);
    }

    /**
     * A ticket opened {@code daysAgo} with {@code interactions} messages, open or solved, and rated
     * {@code rating} when not {@code null}.
     */
    public void ticket(String tenantId, String ticketId, String customerId, String companyId, int daysAgo,
                       int interactions, boolean open, Rating rating) {
        Instant created = clock.instant().minus(Duration.ofDays(daysAgo));
        Ticket ticket = new Ticket(tenantId, ticketId, customerId, companyId, TicketStatus.NEW, created);
        for (int i = 1; i <= interactions; i++) {
            ticket.addInteraction(created.plus(Duration.ofMinutes(i)));
        }
        Instant settled = created.plus(Duration.ofHours(1));
        ticket.changeStatus(open ? TicketStatus.OPEN : TicketStatus.SOLVED, settled);
        if (rating != null) {
            ticket.rate(rating, settled);
        }
        em.persist(ticket);
    }

    /** Scores {@code customerIds} and their companies as an event about them would. */
    public void score(String tenantId, Collection<String> customerIds) {
        em.flush();
        recalculation.recalculateCustomers(tenantId, customerIds, new ChangeCause("event", "fixture-1",
                "CSAT 3 of 3 on ticket fixture"));
    }
}
