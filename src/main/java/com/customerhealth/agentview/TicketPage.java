package com.customerhealth.agentview;

import com.customerhealth.badge.BadgeCard;
import com.customerhealth.badge.BadgeScores;
import com.customerhealth.directory.Company;
import com.customerhealth.directory.Customer;
import com.customerhealth.platform.ReaderTexts;
import com.customerhealth.platform.StorableText;
import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.Rating;
import com.customerhealth.tenancy.CallerTenant;
import com.customerhealth.tickets.Ticket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One ticket in the demo agent view ({@code agent/ticket.xhtml?id=...}): its subject, facts and conversation,
 * with the panels beside it: its customer with their score's parameters and latest tickets, and their company
 * with its customers. An unknown id answers 404.
 */
@Named
@RequestScoped
public class TicketPage {

    /** Tickets of the customer and customers of the company the panels list at most. */
    static final int PANEL_SIZE = 12;

    /** Events the conversation shows at most, the latest: enough for a ticket's story, few enough for one page. */
    static final int CONVERSATION_SIZE = 100;

    @Inject
    AgentViewQueries queries;

    @Inject
    CallerTenant tenant;

    @Inject
    BadgeScores scores;

    @Inject
    ReaderTexts reader;

    private String id;
    private Ticket ticket;
    private Customer customer;
    private Company company;
    private List<TicketRow> customerTickets;
    private List<Customer> companyCustomers;
    private Conversation conversation;

    /** Reads the ticket and its panels, or answers 404 for a ticket the plugin does not know. */
    public void load() {
        ticket = id == null || StorableText.problem(id, 128) != null ? null : queries.ticket(tenant.id(), id).orElse(null);
        if (ticket == null) {
            notFound();
            return;
        }
        customer = queries.customer(tenant.id(), ticket.customerId()).orElse(null);
        String companyId = customer != null && customer.companyId() != null ? customer.companyId() : ticket.companyId();
        company = companyId == null ? null : queries.company(tenant.id(), companyId).orElse(null);
        customerTickets = queries.ticketsOf(tenant.id(), ticket.customerId(), PANEL_SIZE);
        companyCustomers = company == null ? List.of() : queries.membersOf(tenant.id(), company.id(), PANEL_SIZE);
        // The customer panel's parameters are evaluated as the badges' prefetch walks the view: read with
        // the badges beforehand, not on their own.
        Set<String> shownCustomers = new HashSet<>();
        shownCustomers.add(ticket.customerId());
        companyCustomers.forEach(member -> shownCustomers.add(member.id()));
        scores.prefetch(shownCustomers, company == null ? Set.of() : Set.of(company.id()));
        conversation = queries.conversation(tenant.id(), ticket.id(), CONVERSATION_SIZE,
                customerId -> customerId.equals(ticket.customerId()) ? getCustomerName() : customerId, reader.texts());
    }

    private static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such ticket");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    /** The page's title: its heading, or the number asked for while no ticket is read. */
    public String getTitle() {
        return ticket != null ? getHeading() : reader.texts().format("ticket.untitled", id);
    }

    /** The page's heading: the ticket's subject, or "Ticket #T-1" when the helpdesk gave none. */
    public String getHeading() {
        return ticket.subject() != null ? ticket.subject() : reader.texts().format("ticket.untitled", ticket.id());
    }

    /** The ticket's CSAT rating in words, such as "2 of 3". */
    public String getSatisfaction() {
        Rating rating = ticket.rating();
        Texts texts = reader.texts();
        return rating == null ? texts.get("ticket.notRated") : texts.format("ticket.rating",
                texts.number(rating.value()), texts.number(rating.scaleMax()), texts.number(rating.scaleMin()));
    }

    public Conversation getConversation() {
        return conversation;
    }

    /**
     * What the requester's badge shows, read with the page's other badges: the customer panel lists its
     * parameters, so they are there without hovering.
     */
    public BadgeCard getCustomerCard() {
        return scores.customer(ticket.customerId());
    }

    /** The requester's score in words, "Average, 63 of 100", or that there is none yet. */
    public String getCustomerScore() {
        BadgeCard card = getCustomerCard();
        return card.score() == null ? reader.texts().get("ticket.noScore")
                : reader.texts().format("ticket.score", card.bandLabel(), card.score());
    }

    public Customer getCustomer() {
        return customer;
    }

    /** The requester's name, or the id while the helpdesk has not told one. */
    public String getCustomerName() {
        return customer != null ? customer.displayName() : ticket.customerId();
    }

    public Company getCompany() {
        return company;
    }

    public List<TicketRow> getCustomerTickets() {
        return customerTickets;
    }

    public List<Customer> getCompanyCustomers() {
        return companyCustomers;
    }
}
