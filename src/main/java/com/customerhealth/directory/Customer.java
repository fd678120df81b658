package com.customerhealth.directory;

import com.customerhealth.tickets.EventOrder;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A customer of the helpdesk: a person who raises tickets, maybe on behalf of a company. */
public class Customer {

    private String tenantId;

    private String id;

    private String name;

    private String email;

    private String companyId;

    private Instant updatedAt;

    private Instant entryAt;

    private String entryEvent;

    private String entrySource;

    private String entryCompanyId;

    protected Customer() {
    }

    public Customer(String tenantId, String id, Instant updatedAt) {
        this.tenantId = tenantId;
        this.id = id;
        this.updatedAt = updatedAt;
    }

    public String tenantId() {
        return tenantId;
    }

    public String id() {
        return id;
    }

    /** The name shown beside the badge; the id when the helpdesk has not told one. */
    public String displayName() {
        return displayName(id, name);
    }

    /** The name shown for a customer or company of {@code id} named {@code name}: the id when none was told. */
    public static String displayName(String id, String name) {
        return name == null || name.isBlank() ? id : name;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String companyId() {
        return companyId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The latest directory entry of this customer, or null when the directory said nothing of it. */
    public DirectoryEntry entry() {
        return entryAt == null ? null : new DirectoryEntry(new EventOrder(entryAt, entryEvent, entrySource), name, email,
                entryCompanyId, Map.of());
    }

    /** Keeps {@code entry} as the latest of what the helpdesk's directory says of this customer. */
    public void describe(DirectoryEntry entry) {
        name = entry.name();
        email = entry.email();
        entryCompanyId = entry.companyId();
        entryAt = entry.order().occurredAt();
        entryEvent = entry.order().eventId();
        entrySource = entry.order().source();
        updatedAt = entryAt;
    }

    /**
     * Makes {@code newCompanyId} (or none) the customer's company, as {@link Membership} derives it.
     *
     * @return whether it changed
     */
    public boolean belongTo(String newCompanyId) {
        boolean changed = !Objects.equals(companyId, newCompanyId);
        companyId = newCompanyId;
        return changed;
    }
}
