package com.customerhealth.directory;

import com.customerhealth.tenancy.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

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

    /** Records what the helpdesk's directory says of this customer now. */
    public void describe(String newName, String newEmail, String newCompanyId, Instant at) {
        this.name = newName;
        this.email = newEmail;
        this.companyId = newCompanyId;
        this.updatedAt = at;
    }
}
