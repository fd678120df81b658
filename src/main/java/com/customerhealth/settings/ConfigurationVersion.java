package com.customerhealth.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of a tenant's scoring rules; the highest version is in force. */
@Entity
@Table(name = "configuration_version")
@IdClass(ConfigurationVersionKey.class)
public class ConfigurationVersion {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", length = 255, nullable = false)
    private String savedBy;

    @Lob
    @Column(name = "rules", nullable = false)
    private String rules;

    /** The earlier version this one brought back; null for a version saved from the settings page. */
    @Column(name = "restored_from")
    private Integer restoredFrom;

    protected ConfigurationVersion() {
    }

    public ConfigurationVersion(String tenantId, int version, Instant savedAt, String savedBy, String rules,
                                Integer restoredFrom) {
        this.tenantId = tenantId;
        this.version = version;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.rules = rules;
        this.restoredFrom = restoredFrom;
    }

    public int version() {
        return version;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public Integer restoredFrom() {
        return restoredFrom;
    }

    /** The rules as {@link RulesJson} writes them. */
    public String rules() {
        return rules;
    }
}
