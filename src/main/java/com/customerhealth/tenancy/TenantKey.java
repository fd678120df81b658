package com.customerhealth.tenancy;

import java.io.Serializable;
import java.util.Objects;

/** The key of every row that belongs to a tenant: the tenant, and the helpdesk's id within it. */
public class TenantKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String tenantId;
    private String id;

    public TenantKey() {
    }

    public TenantKey(String tenantId, String id) {
        this.tenantId = tenantId;
        this.id = id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantKey key && Objects.equals(tenantId, key.tenantId) && Objects.equals(id, key.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, id);
    }

    @Override
    public String toString() {
        return tenantId + "/" + id;
    }
}
