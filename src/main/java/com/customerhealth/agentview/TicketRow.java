package com.customerhealth.agentview;

import com.customerhealth.tickets.TicketStatus;
import java.time.Instant;

/**
 * One ticket as the agent view lists it, with the names of its requester and company.
 *
 * @param id             the helpdesk's ticket id
 * @param status         its status key, such as {@code open}
 * @param priority       its priority, or {@code null}
 * @param channel        where it came in, or {@code null}
 * @param createdAt      when it was opened
 * @param lastActivityAt its latest status change or interaction
 * @param interactions   its interactions so far
 * @param customerId     its requester's id
 * @param customerName   its requester's name as the helpdesk told it, or {@code null}
 * @param companyId      its requester's company, or {@code null}
 * @param companyName    that company's name as the helpdesk told it, or {@code null}
 */
public record TicketRow(String id, String status, String priority, String channel, Instant createdAt,
                        Instant lastActivityAt, int interactions, String customerId, String customerName,
                        String companyId, String companyName) {

    /** The requester's name, or its id while the helpdesk has not told a name. */
    public String requester() {
        return customerName == null || customerName.isBlank() ? customerId : customerName;
    }

    /** The company's name, or its id while the helpdesk has not told a name; {@code null} without a company. */
    public String company() {
        return companyName == null || companyName.isBlank() ? companyId : companyName;
    }

    /** The status as agents read it: "On hold" for {@code on_hold}. */
    public String statusLabel() {
        return TicketStatus.fromKey(status).label();
    }
}
