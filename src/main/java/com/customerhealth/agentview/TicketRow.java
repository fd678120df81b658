package com.customerhealth.agentview;

import java.time.Instant;

/**
 * One ticket as the agent view lists it, with the names of its requester and company. A bean with
 * getters rather than a record, so that pages read it through the expression language's cached
 * properties instead of a method lookup per call.
 */
public final class TicketRow {

    private final String id;
    private final String status;
    private final String priority;
    private final String channel;
    private final Instant createdAt;
    private final Instant lastActivityAt;
    private final int interactions;
    private final String customerId;
    private final String customerName;
    private final String companyId;
    private final String companyName;

    /** As the agent view's query selects it; names are {@code null} while the helpdesk has told none. */
    public TicketRow(String id, String status, String priority, String channel, Instant createdAt,
                     Instant lastActivityAt, int interactions, String customerId, String customerName,
                     String companyId, String companyName) {
        this.id = id;
        this.status = status;
        this.priority = priority;
        this.channel = channel;
        this.createdAt = createdAt;
        this.lastActivityAt = lastActivityAt;
        this.interactions = interactions;
        this.customerId = customerId;
        this.customerName = customerName;
        this.companyId = companyId;
        this.companyName = companyName;
    }

    public String getId() {
        return id;
    }

    /** The status key, such as {@code on_hold}. */
    public String getStatus() {
        return status;
    }

    public String getPriority() {
        return priority;
    }

    public String getChannel() {
        return channel;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public int getInteractions() {
        return interactions;
    }

    public String getCustomerId() {
        return customerId;
    }

    /** The requester's name, or its id while the helpdesk has not told a name. */
    public String getRequester() {
        return customerName == null || customerName.isBlank() ? customerId : customerName;
    }

    /** The first letter of the requester's name, for its avatar. */
    public String getInitial() {
        return getRequester().substring(0, 1);
    }

    public String getCompanyId() {
        return companyId;
    }

    /** The company's name, or its id while the helpdesk has not told a name; {@code null} without a company. */
    public String getCompany() {
        return companyName == null || companyName.isBlank() ? companyId : companyName;
    }
}
