package com.customerhealth.agentview;

import com.customerhealth.tenancy.CallerTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The ticket list of the demo agent view ({@code agent/tickets.xhtml}): a page of 50 tickets, latest
 * activity first, the open ones or all. View parameters {@code show} ({@code open}, the default, or
 * {@code all}) and {@code page} (from 1) choose which.
 */
@Named
@RequestScoped
public class TicketList {

    /** Tickets on one page: what an agent scans at a glance, and the page the badge benchmark loads. */
    public static final int PAGE_SIZE = 50;

    @Inject
    AgentViewQueries queries;

    @Inject
    CallerTenant tenant;

    private String show = "open";
    private int page = 1;
    private List<TicketRow> rows;
    private boolean more;

    public List<TicketRow> getRows() {
        if (rows == null) {
            List<TicketRow> read = queries.tickets(tenant.id(), isOpenOnly(), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            more = read.size() > PAGE_SIZE;
            rows = more ? read.subList(0, PAGE_SIZE) : read;
        }
        return rows;
    }

    public boolean isOpenOnly() {
        return !"all".equals(show);
    }

    public boolean isNextPage() {
        getRows();
        return more;
    }

    /** The number of the first ticket shown, from 1. */
    public int getFirst() {
        return (page - 1) * PAGE_SIZE + 1;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = "all".equals(show) ? "all" : "open";
    }

    public int getPage() {
        return page;
    }

    /** From 1 to the last page any tenant could fill, so the offset it asks for stays a number. */
    public void setPage(int page) {
        this.page = Math.max(1, Math.min(page, Integer.MAX_VALUE / PAGE_SIZE));
    }
}
