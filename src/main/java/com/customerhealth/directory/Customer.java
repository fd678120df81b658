package com.customerhealth.directory;

import com.customerhealth.tenancy.TenantKey;
import com.customerhealth.tickets.EventOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A customer of the helpdesk: a person who raises tickets, maybe on behalf of a company. */
@Entity
@Table(name = "customer")
@IdClass(TenantKey.class)
public class Customer {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "id", length = 128)
    private String id;

    @Column(name = "name", length = 255)
    private String name;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "company_id", length = 128)
    private String companyId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "entry_at")
    private Instant entryAt;

    @Column(name = "entry_event", length = 128)
    private String entryEvent;

    @Column(name = "entry_source", length = 255)
    private String entrySource;

    @Column(name = "entry_company_id", length = 128)
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
