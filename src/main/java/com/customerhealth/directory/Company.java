package com.customerhealth.directory;

import com.customerhealth.tickets.EventOrder;
import java.time.Instant;
import java.util.Map;

/** A company of the helpdesk: the customers that belong to it share its score. */
public class Company {

    private String tenantId;

    private String id;

    private String name;

    private Instant updatedAt;

    private Instant entryAt;

    private String entryEvent;

    private String entrySource;

    protected Company() {
    }

    public Company(String tenantId, String id, Instant updatedAt) {
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

    /** The name shown on the company panel; the id when the helpdesk has not told one. */
    public String displayName() {
        return Customer.displayName(id, name);
    }

    public String name() {
        return name;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The latest directory entry of this company, or null when the directory said nothing of it. */
    public DirectoryEntry entry() {
        return entryAt == null ? null : new DirectoryEntry(new EventOrder(entryAt, entryEvent, entrySource), name, null,
                null, Map.of());
    }

    /** Keeps {@code entry} as the latest of what the helpdesk's directory says of this company. */
    public void describe(DirectoryEntry entry) {
        name = entry.name();
        entryAt = entry.order().occurredAt();
        entryEvent = entry.order().eventId();
        entrySource = entry.order().source();
        updatedAt = entryAt;
    }
}
