package com.customerhealth.agentview;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.CompanyRepository;
import com.customerhealth.directory.Customer;
import com.customerhealth.directory.CustomerRepository;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.Journal;
import com.customerhealth.platform.Texts;
import com.customerhealth.tickets.Ticket;
import com.customerhealth.tickets.TicketRepository;
import com.customerhealth.tickets.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads the tickets, customers and companies the demo agent view shows: a list of tickets with the names of
 * their customers and companies in one statement (a view across the three, which no single repository
 * holds), the rest through the repositories, and a ticket's conversation from the events' journal.
 */
@ApplicationScoped
// Reads too run in a transaction, so that their EntityManager is the transaction's: a non-transactional one
// belongs to the calling invocation, which the runtime hands on to tasks it starts and closes under them.
@Transactional
public class AgentViewQueries {

    private static final List<String> OPEN = Arrays.stream(TicketStatus.values())
            .filter(TicketStatus::isOpen).map(TicketStatus::key).toList();

    private static final String ROWS = "select new com.customerhealth.agentview.TicketRow(t.id, t.status,"
            + " t.priority, t.channel, t.createdAt, t.lastActivityAt, t.interactions, t.customerId, c.name,"
            + " t.companyId, co.name) from Ticket t"
            + " left join Customer c on c.tenantId = t.tenantId and c.id = t.customerId"
            + " left join Company co on co.tenantId = t.tenantId and co.id = t.companyId"
            + " where t.tenantId = :tenant and t.counted = true and t.customerId is not null";

    @PersistenceContext(unitName = "chm")
    EntityManager em;

    @Inject
    TicketRepository tickets;

    @Inject
    CustomerRepository customers;

    @Inject
    CompanyRepository companies;

    @Inject
    Journal journal;

    /**
     * Up to {@code size} tickets of {@code tenantId}, latest activity first, skipping the first
     * {@code offset}; only those not solved or closed when {@code openOnly}.
     */
    public List<TicketRow> tickets(String tenantId, boolean openOnly, int offset, int size) {
        TypedQuery<TicketRow> query = em.createQuery(ROWS + (openOnly ? " and t.status in :open" : "")
                        + " order by t.lastActivityAt desc, t.id", TicketRow.class)
                .setParameter("tenant", tenantId).setFirstResult(offset).setMaxResults(size);
        if (openOnly) {
            query.setParameter("open", OPEN);
        }
        return query.getResultList();
    }

    /** The latest {@code size} tickets of customer {@code customerId}, latest activity first. */
    public List<TicketRow> ticketsOf(String tenantId, String customerId, int size) {
        return em.createQuery(ROWS + " and t.customerId = :customer order by t.lastActivityAt desc, t.id",
                        TicketRow.class)
                .setParameter("tenant", tenantId).setParameter("customer", customerId).setMaxResults(size)
                .getResultList();
    }

    public Optional<Ticket> ticket(String tenantId, String ticketId) {
        return tickets.shown(tenantId, ticketId);
    }

    /**
     * The conversation of ticket {@code ticketId}: its latest {@code size} events in the journal, and the
     * merges of the tickets merged into it.
     *
     * @param customerName the name to show for a customer's id
     * @param texts        the reader's language
     */
    public Conversation conversation(String tenantId, String ticketId, int size, UnaryOperator<String> customerName,
                                     Texts texts) {
        List<HelpdeskEvent> latest = journal.latestAboutTicket(tenantId, ticketId, size + 1);
        boolean more = latest.size() > size;
        List<HelpdeskEvent> shown = new ArrayList<>(more ? latest.subList(0, size) : latest);
        int omitted = more ? journal.countAboutTicket(tenantId, ticketId) - size : 0;
        List<String> mergedHere = tickets.mergedInto(tenantId, List.of(ticketId));
        if (!mergedHere.isEmpty()) {
            shown.addAll(journal.mergesOf(tenantId, mergedHere));
        }
        return Conversation.of(ticketId, shown, omitted, customerName, texts);
    }

    public Optional<Customer> customer(String tenantId, String customerId) {
        return customers.find(tenantId, customerId);
    }

    public Optional<Company> company(String tenantId, String companyId) {
        return companies.find(tenantId, companyId);
    }

    /** Up to {@code size} customers of company {@code companyId}, by name. */
    public List<Customer> membersOf(String tenantId, String companyId, int size) {
        return customers.membersOf(tenantId, companyId, size);
    }
}
