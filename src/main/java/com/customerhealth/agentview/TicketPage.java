package com.customerhealth.agentview;

import com.customerhealth.directory.Company;
import com.customerhealth.directory.Customer;
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
import java.util.List;

/**
 * One ticket in the demo agent view ({@code agent/ticket.xhtml?id=...}) with the panels beside it: its
 * customer with their latest tickets, and their company with its customers. An unknown id answers 404.
 */
@Named
@RequestScoped
public class TicketPage {

    /** Tickets of the customer and customers of the company the panels list at most. */
    static final int PANEL_SIZE = 12;

    @Inject
    AgentViewQueries queries;

    @Inject
    CallerTenant tenant;

    private String id;
    private Ticket ticket;
    private Customer customer;
    private Company company;
    private List<TicketRow> customerTickets;
    private List<Customer> companyCustomers;

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

    /** The ticket's CSAT rating in words, such as "2 of 3". */
    public String getSatisfaction() {
        Rating rating = ticket.rating();
        return rating == null ? "Not rated" : Texts.english().number(rating.value()) + " of "
                + Texts.english().number(rating.scaleMax()) + " (scale from " + Texts.english().number(rating.scaleMin()) + ")";
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
