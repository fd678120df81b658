package com.customerhealth.alerts.delivery;

import com.customerhealth.alerts.AlertKind;
import com.customerhealth.tenancy.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A subscription an admin made: where a tenant's alerts go, and which of them. */
@Entity
@Table(name = "alert_subscription")
@IdClass(TenantKey.class)
public class Subscription {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "subscription_id", length = 64)
    private String id;

    @Column(name = "channel", length = 16, nullable = false)
    private String channel;

    @Column(name = "target", length = 2048, nullable = false)
    private String target;

    @Column(name = "secret", length = 255)
    private String secret;

    @Column(name = "kinds", length = 255, nullable = false)
    private String kinds;

    @Column(name = "description", length = 255)
    private String description;

    @Column(name = "language", length = 16)
    private String language;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 255)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Subscription() {
    }

    Subscription(String tenantId, String id, Channel channel, String secret, String createdBy, Instant at) {
        this.tenantId = tenantId;
        this.id = id;
        this.channel = channel.key();
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = at.truncatedTo(ChronoUnit.MILLIS);
        this.updatedAt = createdAt;
        this.kinds = "";
        this.target = "";
    }

    /** Sets what an admin may change: where to, which kinds, its words, its language, whether it is on. */
    void change(String target, Set<AlertKind> kinds, String description, String language, boolean enabled, Instant at) {
        this.target = target;
        this.kinds = kinds.stream().sorted().map(AlertKind::key).collect(Collectors.joining(","));
        this.description = description;
        this.language = language;
        this.enabled = enabled;
        this.updatedAt = at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Replaces the signing secret with {@code secret}. */
    void replaceSecret(String secret, Instant at) {
        this.secret = secret;
        this.updatedAt = at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Where its messages go, as a sender sees it. */
    public Destination destination() {
        return new Destination(tenantId, id, channel(), target, secret, kinds(), language, enabled, false);
    }

    public String id() {
        return id;
    }

    public Channel channel() {
        return Channel.fromKey(channel);
    }

    public String target() {
        return target;
    }

    /** The signing secret, for the one answer that shows it and for signing. */
    String secret() {
        return secret;
    }

    public Set<AlertKind> kinds() {
        return kinds.isEmpty() ? Set.of() : Arrays.stream(kinds.split(",")).map(AlertKind::fromKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertKind.class)));
    }

    public String description() {
        return description;
    }

    public String language() {
        return language;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
