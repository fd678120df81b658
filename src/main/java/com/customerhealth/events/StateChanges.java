package com.customerhealth.events;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.Customer;
import com.customerhealth.health.ChangeCause;
import com.customerhealth.tenancy.TenantKey;
import com.customerhealth.tickets.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one event to the stored state of tickets, customers and companies, and notes whose score it
 * may have changed. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class StateChanges {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** The customers and companies whose scores an event may have changed, each with the event's cause. */
    public static final class Affected {

        final Map<String, ChangeCause> customers = new LinkedHashMap<>();
        final Map<String, ChangeCause> companies = new LinkedHashMap<>();

        void customer(String customerId, ChangeCause cause) {
            customers.put(customerId, cause);
        }

        void company(String companyId, ChangeCause cause) {
            if (companyId != null) {
                companies.put(companyId, cause);
            }
        }

        boolean isEmpty() {
            return customers.isEmpty() && companies.isEmpty();
        }
    }

    /** Applies {@code event}, noting in {@code affected} whose scores to recompute. */
    public void apply(HelpdeskEvent event, Affected affected) {
        ChangeCause cause = new ChangeCause("event", event.header().id(), event.summary());
        String tenant = event.header().tenantId();
        if (event instanceof TicketCreated created) {
            create(created, cause, affected);
        } else if (event instanceof CustomerUpserted upserted) {
            Customer customer = customer(tenant, upserted.customerId(), upserted.companyId());
            if (!upserted.header().occurredAt().isBefore(customer.updatedAt())) {
                if (customer.companyId() != null && !customer.companyId().equals(upserted.companyId())) {
                    affected.company(customer.companyId(), cause);
                }
                customer.describe(upserted.name(), upserted.email(), upserted.companyId(),
                        upserted.header().occurredAt());
                if (upserted.companyId() != null) {
                    company(tenant, upserted.companyId());
                }
                affected.customer(customer.id(), cause);
            }
        } else if (event instanceof CompanyUpserted upserted) {
            Company company = company(tenant, upserted.companyId());
            if (!upserted.header().occurredAt().isBefore(company.updatedAt())) {
                company.rename(upserted.name(), upserted.header().occurredAt());
            }
        } else {
            String ticketId = ((TicketEvent) event).ticketId();
            Ticket ticket = em.find(Ticket.class, new TenantKey(tenant, ticketId), LockModeType.PESSIMISTIC_WRITE);
            if (ticket == null) {
                em.persist(new PendingEvent(event, ticketId));
            } else {
                change(ticket, event, cause, affected);
            }
        }
    }

    private void create(TicketCreated created, ChangeCause cause, Affected affected) {
        String tenant = created.header().tenantId();
        if (em.find(Ticket.class, new TenantKey(tenant, created.ticketId())) != null) {
            return;
        }
        Customer customer = customer(tenant, created.customerId(), created.companyId());
        if (created.companyId() != null) {
            company(tenant, created.companyId());
        }
        Ticket ticket = new Ticket(tenant, created.ticketId(), created.customerId(), customer.companyId(),
                created.status(), created.createdAt());
        ticket.changePriority(created.priority(), created.createdAt());
        em.persist(ticket);
        affected.customer(created.customerId(), cause);
        List<PendingEvent> waiting = em.createQuery("select p from PendingEvent p where p.tenantId = :tenant"
                        + " and p.ticketId = :ticket", PendingEvent.class)
                .setParameter("tenant", tenant).setParameter("ticket", created.ticketId()).getResultList();
        waiting.stream().map(PendingEvent::event)
                .sorted(Comparator.comparing(event -> event.header().occurredAt()))
                .forEach(event -> change(ticket, event, new ChangeCause("event", event.header().id(),
                        event.summary()), affected));
        waiting.forEach(em::remove);
    }

    private void change(Ticket ticket, HelpdeskEvent event, ChangeCause cause, Affected affected) {
        if (event instanceof TicketEscalated) {
            // No parameter reads escalations yet; the event is recorded as processed and nothing changes.
            return;
        }
        affected.customer(ticket.customerId(), cause);
        if (event instanceof TicketStatusChanged changed) {
            ticket.changeStatus(changed.status(), changed.at());
        } else if (event instanceof TicketInteractionAdded added) {
            ticket.addInteraction(added.at());
        } else if (event instanceof CsatRated rated) {
            ticket.rate(rated.asRating(), rated.at());
        } else if (event instanceof TicketPriorityChanged changed) {
            ticket.changePriority(changed.priority(), changed.at());
        } else if (event instanceof TicketDeleted) {
            ticket.stopCounting();
        } else if (event instanceof TicketMerged merged) {
            mergeInto(ticket, merged, cause, affected);
        } else if (event instanceof TicketCustomerChanged moved) {
            Customer customer = customer(ticket.tenantId(), moved.customerId(), moved.companyId());
            if (moved.companyId() != null) {
                company(ticket.tenantId(), moved.companyId());
            }
            ticket.moveTo(moved.customerId(), customer.companyId());
            affected.customer(moved.customerId(), cause);
        }
    }

    private void mergeInto(Ticket ticket, TicketMerged merged, ChangeCause cause, Affected affected) {
        if (!ticket.counted()) {
            return;
        }
        ticket.stopCounting();
        if (merged.intoTicketId() != null) {
            Ticket target = em.find(Ticket.class, new TenantKey(ticket.tenantId(), merged.intoTicketId()));
            if (target != null && target.counted()) {
                target.absorbInteractionsOf(ticket);
                affected.customer(target.customerId(), cause);
            }
        }
    }

    private Customer customer(String tenant, String customerId, String companyId) {
        Customer customer = em.find(Customer.class, new TenantKey(tenant, customerId));
        if (customer == null) {
            // Known only from a ticket so far: any directory event, however old, describes it better.
            customer = new Customer(tenant, customerId, Instant.EPOCH);
            customer.describe(null, null, companyId, Instant.EPOCH);
            em.persist(customer);
        }
        return customer;
    }

    private Company company(String tenant, String companyId) {
        Company company = em.find(Company.class, new TenantKey(tenant, companyId));
        if (company == null) {
            company = new Company(tenant, companyId, Instant.EPOCH);
            em.persist(company);
        }
        return company;
    }
}
