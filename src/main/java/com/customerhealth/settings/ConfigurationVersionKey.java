package com.customerhealth.settings;

import java.io.Serializable;
import java.util.Objects;

/** The key of one saved version of a tenant's scoring configuration. */
public class ConfigurationVersionKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String tenantId;
    private int version;

    public ConfigurationVersionKey() {
    }

    public ConfigurationVersionKey(String tenantId, int version) {
        this.tenantId = tenantId;
        this.version = version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfigurationVersionKey key && version == key.version
                && Objects.equals(tenantId, key.tenantId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, version);
    }
}
