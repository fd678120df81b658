package com.customerhealth.demo;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small helpdesk: companies with customers whose tickets put them in every band, over the last
 * 60 days. The same seed gives the same helpdesk, shifted to the current time.
 */
@ApplicationScoped
@Transactional
public class DemoHelpdesk {

    private static final String[] COMPANIES = {"Acme Logistics", "Birchwood Dental", "Cobalt Games",
            "Delta Florists", "Evergreen Hotels", "Fjord Outdoor"};
    private static final String[] GIVEN = {"Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farah", "Gustav", "Hana",
            "Ivo", "Jana", "Kofi", "Lena", "Mateo", "Nina", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomoko"};
    private static final String[] FAMILY = {"Almeida", "Berg", "Chen", "Dubois", "Eriksen", "Fischer", "García",
            "Haddad", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov"};

    /** How a demo customer's tickets look, one profile per band the rules should put it in. */
    private enum Profile {
        CONTENT(1, 2, 2, 3, 0, 3, 3),
        MIXED(3, 3, 4, 5, 1, 2, 3),
        UNHAPPY(4, 6, 7, 9, 4, 1, 2),
        SILENT(0, 0, 0, 0, 0, 0, 0);

        final int minTickets, maxTickets, minInteractions, maxInteractions, open, minRating, maxRating;

        Profile(int minTickets, int maxTickets, int minInteractions, int maxInteractions, int open, int minRating,
                int maxRating) {
            this.minTickets = minTickets;
            this.maxTickets = maxTickets;
            this.minInteractions = minInteractions;
            this.maxInteractions = maxInteractions;
            this.open = open;
            this.minRating = minRating;
            this.maxRating = maxRating;
        }
    }

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    HealthRecalculation recalculation;

    @Inject
    Clock clock;

    /** Whether {@code tenantId} has any customer yet. */
    public boolean isEmpty(String tenantId) {
        return em.createQuery("select count(c) from Customer c where c.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId).getSingleResult() == 0;
    }

    /**
     * Creates the demo helpdesk in {@code tenantId} and scores it.
     *
     * @return how many customers it created
     */
    public int populate(String tenantId, long seed) {
        Random random = new Random(seed);
        Instant now = clock.instant();
        List<String> customers = new ArrayList<>();
        int ticketNumber = 1000;
        for (int c = 0; c < COMPANIES.length; c++) {
            String companyId = "company-" + (c + 1);
            Company company = new Company(tenantId, companyId, now);
            company.rename(COMPANIES[c], now);
            em.persist(company);
            for (int m = 0; m < 6; m++) {
                String customerId = "customer-" + (c + 1) + "-" + (m + 1);
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                Customer customer = new Customer(tenantId, customerId, now);
                customer.describe(given + " " + family, (given + "." + family).toLowerCase() + "@example.com",
                        companyId, now);
                em.persist(customer);
                customers.add(customerId);
                Profile profile = Profile.values()[(c + m) % Profile.values().length];
                ticketNumber = openTickets(tenantId, customer, profile, random, now, ticketNumber);
            }
        }
        em.flush();
        recalculation.recalculateCustomers(tenantId, customers,
                new ChangeCause("directory", null, "demo helpdesk created"));
        return customers.size();
    }

    private int openTickets(String tenantId, Customer customer, Profile profile, Random random, Instant now,
                            int firstNumber) {
        int count = between(random, profile.minTickets, profile.maxTickets);
        int number = firstNumber;
        for (int t = 0; t < count; t++) {
            Instant created = now.minus(Duration.ofHours(between(random, 2, 55 * 24)));
            Ticket ticket = new Ticket(tenantId, "T-" + number++, customer.id(), customer.companyId(),
                    TicketStatus.NEW, created);
            Instant at = created;
            for (int i = between(random, profile.minInteractions, profile.maxInteractions); i > 0; i--) {
                at = at.plus(Duration.ofMinutes(between(random, 10, 600)));
                ticket.addInteraction(min(at, now));
            }
            if (t < profile.open) {
                ticket.changeStatus(TicketStatus.OPEN, min(at, now));
            } else {
                Instant solved = min(at.plus(Duration.ofHours(1)), now);
                ticket.changeStatus(TicketStatus.SOLVED, solved);
                ticket.rate(new Rating(between(random, profile.minRating, profile.maxRating), 1, 3), solved);
            }
            em.persist(ticket);
        }
        return number;
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
