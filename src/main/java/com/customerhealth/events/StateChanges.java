package com.customerhealth.events;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.Customer;
import com.customerhealth.health.ChangeCause;
import com.customerhealth.platform.InLists;
import com.customerhealth.tenancy.TenantKey;
import com.customerhealth.tickets.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies events to the stored state of tickets, customers and companies, and notes whose score they may
 * have changed. A batch reads everything its events touch in a few statements up front, locking the
 * tickets it changes, so the work per event is in memory; it runs inside the caller's transaction.
 */
@ApplicationScoped
public class StateChanges {

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    /** The customers and companies whose scores events may have changed, each with the latest event's cause. */
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

    /** The stored state {@code events} of {@code tenantId} touch, read and locked, ready to change. */
    public Batch batchOf(String tenantId, List<HelpdeskEvent> events) {
        Set<String> tickets = new LinkedHashSet<>();
        Set<String> created = new LinkedHashSet<>();
        Set<String> customers = new LinkedHashSet<>();
        Set<String> companies = new LinkedHashSet<>();
        for (HelpdeskEvent event : events) {
            if (event instanceof TicketEvent ticketEvent) {
                tickets.add(ticketEvent.ticketId());
            }
            if (event instanceof TicketCreated e) {
                created.add(e.ticketId());
                customers.add(e.customerId());
                companies.add(e.companyId());
            } else if (event instanceof TicketMerged e && e.intoTicketId() != null) {
                tickets.add(e.intoTicketId());
            } else if (event instanceof TicketCustomerChanged e) {
                customers.add(e.customerId());
                companies.add(e.companyId());
            } else if (event instanceof CustomerUpserted e) {
                customers.add(e.customerId());
                companies.add(e.companyId());
            } else if (event instanceof CompanyUpserted e) {
                companies.add(e.companyId());
            }
        }
        companies.remove(null);
        return new Batch(tenantId,
                read(Ticket.class, tenantId, tickets, Ticket::id, true),
                read(Customer.class, tenantId, customers, Customer::id, false),
                read(Company.class, tenantId, companies, Company::id, false),
                pendingFor(tenantId, created));
    }

    private <T> Map<String, T> read(Class<T> type, String tenantId, Collection<String> ids, Function<T, String> id,
                                    boolean lock) {
        Map<String, T> found = new HashMap<>();
        for (List<String> chunk : InLists.of(ids)) {
            var query = em.createQuery("select e from " + type.getSimpleName() + " e where e.tenantId = :tenant"
                            + " and e.id in :ids order by e.id", type)
                    .setParameter("tenant", tenantId).setParameter("ids", chunk);
            if (lock) {
                // In id order, so two batches touching the same tickets wait for each other rather than deadlock.
                query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
            }
            query.getResultList().forEach(entity -> found.put(id.apply(entity), entity));
        }
        return found;
    }

    private Map<String, List<PendingEvent>> pendingFor(String tenantId, Collection<String> ticketIds) {
        Map<String, List<PendingEvent>> pending = new HashMap<>();
        for (List<String> chunk : InLists.of(ticketIds)) {
            em.createQuery("select p from PendingEvent p where p.tenantId = :tenant and p.ticketId in :tickets",
                            PendingEvent.class)
                    .setParameter("tenant", tenantId).setParameter("tickets", chunk)
                    .getResultList()
                    .forEach(event -> pending.computeIfAbsent(event.ticketId(), ticket -> new ArrayList<>()).add(event));
        }
        return pending;
    }

    /** The state one batch changes, held in memory for the length of its transaction. */
    public final class Batch {

        private final String tenant;
        private final Map<String, Ticket> tickets;
        private final Map<String, Customer> customers;
        private final Map<String, Company> companies;
        private final Map<String, List<PendingEvent>> pending;

        Batch(String tenant, Map<String, Ticket> tickets, Map<String, Customer> customers,
              Map<String, Company> companies, Map<String, List<PendingEvent>> pending) {
            this.tenant = tenant;
            this.tickets = tickets;
            this.customers = customers;
            this.companies = companies;
            this.pending = pending;
        }

        /** Applies {@code event}, noting in {@code affected} whose scores to recompute. */
        public void apply(HelpdeskEvent event, Affected affected) {
            ChangeCause cause = causeOf(event);
            if (event instanceof TicketCreated created) {
                create(created, cause, affected);
            } else if (event instanceof CustomerUpserted upserted) {
                describe(upserted, cause, affected);
            } else if (event instanceof CompanyUpserted upserted) {
                Company company = company(upserted.companyId());
                if (!upserted.header().occurredAt().isBefore(company.updatedAt())) {
                    company.rename(upserted.name(), upserted.header().occurredAt());
                }
            } else {
                String ticketId = ((TicketEvent) event).ticketId();
                Ticket ticket = tickets.computeIfAbsent(ticketId, id -> {
                    Ticket awaited = Ticket.awaited(tenant, id);
                    em.persist(awaited);
                    return awaited;
                });
                if (ticket.isAwaited()) {
                    PendingEvent waiting = new PendingEvent(event, ticketId);
                    em.persist(waiting);
                    pending.computeIfAbsent(ticketId, id -> new ArrayList<>()).add(waiting);
                } else {
                    change(ticket, event, cause, affected);
                }
            }
        }

        private void create(TicketCreated created, ChangeCause cause, Affected affected) {
            Ticket known = tickets.get(created.ticketId());
            if (known != null && !known.isAwaited()) {
                return;
            }
            Customer customer = customer(created.customerId(), created.companyId());
            if (created.companyId() != null) {
                company(created.companyId());
            }
            Ticket ticket;
            if (known == null) {
                ticket = new Ticket(tenant, created.ticketId(), created.customerId(), customer.companyId(),
                        created.status(), created.createdAt());
                em.persist(ticket);
                tickets.put(ticket.id(), ticket);
            } else {
                ticket = known;
                ticket.arrive(created.customerId(), customer.companyId(), created.status(), created.createdAt());
            }
            ticket.changePriority(created.priority(), created.createdAt());
            affected.customer(created.customerId(), cause);
            List<PendingEvent> waiting = pending.getOrDefault(created.ticketId(), List.of());
            waiting.stream().map(PendingEvent::event)
                    .sorted(Comparator.comparing(event -> event.header().occurredAt()))
                    .forEach(event -> change(ticket, event, causeOf(event), affected));
            waiting.forEach(em::remove);
            pending.remove(created.ticketId());
        }

        private void describe(CustomerUpserted upserted, ChangeCause cause, Affected affected) {
            Customer customer = customer(upserted.customerId(), upserted.companyId());
            if (upserted.header().occurredAt().isBefore(customer.updatedAt())) {
                return;
            }
            if (customer.companyId() != null && !customer.companyId().equals(upserted.companyId())) {
                affected.company(customer.companyId(), cause);
            }
            customer.describe(upserted.name(), upserted.email(), upserted.companyId(), upserted.header().occurredAt());
            if (upserted.companyId() != null) {
                company(upserted.companyId());
            }
            affected.customer(customer.id(), cause);
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
                Customer customer = customer(moved.customerId(), moved.companyId());
                if (moved.companyId() != null) {
                    company(moved.companyId());
                }
                if (ticket.moveTo(moved.customerId(), customer.companyId(), moved.header().occurredAt())) {
                    affected.customer(moved.customerId(), cause);
                }
            }
        }

        private void mergeInto(Ticket ticket, TicketMerged merged, ChangeCause cause, Affected affected) {
            if (!ticket.counted()) {
                return;
            }
            ticket.stopCounting();
            Ticket target = merged.intoTicketId() == null ? null : tickets.get(merged.intoTicketId());
            if (target != null && !target.isAwaited() && target.counted()) {
                target.absorbInteractionsOf(ticket);
                affected.customer(target.customerId(), cause);
            }
        }

        /** The customer, read up front, or else (named by a waiting event) now, or else new. */
        private Customer customer(String customerId, String companyId) {
            return customers.computeIfAbsent(customerId, id -> {
                Customer customer = em.find(Customer.class, new TenantKey(tenant, id));
                if (customer == null) {
                    // Known only from a ticket so far: any directory event, however old, describes it better.
                    customer = new Customer(tenant, id, Instant.EPOCH);
                    customer.describe(null, null, companyId, Instant.EPOCH);
                    em.persist(customer);
                }
                return customer;
            });
        }

        private Company company(String companyId) {
            return companies.computeIfAbsent(companyId, id -> {
                Company company = em.find(Company.class, new TenantKey(tenant, id));
                if (company == null) {
                    company = new Company(tenant, id, Instant.EPOCH);
                    em.persist(company);
                }
                return company;
            });
        }
    }

    private static ChangeCause causeOf(HelpdeskEvent event) {
        return new ChangeCause("event", event.header().id(), event.summary());
    }
}
