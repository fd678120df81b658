package com.customerhealth.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A tenant's own alert rules, one row per tenant: every setting as {@link AlertRulesJson} writes them, or
 * none once the tenant went back to the configured defaults; the version counts every save and every
 * return to the defaults, and who made the latest of them when.
 */
@Entity
@Table(name = "alert_rules")
public class SavedAlertRules {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Column(name = "version", nullable = false)
    private int version;

    @Lob
    @Column(name = "settings")
    private String settings;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", length = 255, nullable = false)
    private String savedBy;

    protected SavedAlertRules() {
    }

    /** The first save of {@code tenantId}: version 1. */
    SavedAlertRules(String tenantId, String settings, String savedBy, Instant savedAt) {
        this.tenantId = tenantId;
        this.version = 1;
        this.settings = settings;
        this.savedBy = savedBy;
        this.savedAt = savedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Makes {@code settings} (null: the configured defaults) the next version, saved by {@code by} at {@code at}. */
    void change(String newSettings, String by, Instant at) {
        version++;
        settings = newSettings;
        savedBy = by;
        savedAt = at.truncatedTo(ChronoUnit.MILLIS);
    }

    public int version() {
        return version;
    }

    /** The settings as {@link AlertRulesJson} writes them; none while the configured defaults are in force. */
    public Optional<String> settings() {
        return Optional.ofNullable(settings);
    }

    /** When the latest version was saved, to the millisecond as the store keeps it. */
    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }
}
