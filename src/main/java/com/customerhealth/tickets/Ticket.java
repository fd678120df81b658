package com.customerhealth.tickets;

import com.customerhealth.scoring.Rating;
import com.customerhealth.scoring.TicketFacts;
import com.customerhealth.tenancy.TenantKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** One helpdesk ticket, reduced to what its customer's health is computed from. */
@Entity
@Table(name = "ticket")
@IdClass(TenantKey.class)
public class Ticket {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "id", length = 128)
    private String id;

    /** Null while the ticket is awaited: events about it came before the helpdesk said who opened it. */
    @Column(name = "customer_id", length = 128)
    private String customerId;

    /** Since when the ticket is its customer's: a move that happened earlier than this is outdated. */
    @Column(name = "customer_since", nullable = false)
    private Instant customerSince;

    @Column(name = "company_id", length = 128)
    private String companyId;

    @Column(name = "status", length = 16, nullable = false)
    private String status;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Column(name = "priority", length = 32)
    private String priority;

    @Column(name = "channel", length = 64)
    private String channel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "interactions", nullable = false)
    private int interactions;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "rating")
    private Double rating;

    @Column(name = "rating_scale_min")
    private Double ratingScaleMin;

    @Column(name = "rating_scale_max")
    private Double ratingScaleMax;

    @Column(name = "rated_at")
    private Instant ratedAt;

    /** False once the ticket was merged into another or deleted: it no longer counts for anyone. */
    @Column(name = "counted", nullable = false)
    private boolean counted = true;

    protected Ticket() {
    }

    /** A ticket {@code customerId} opened at {@code createdAt}, in {@code status} since then. */
    public Ticket(String tenantId, String id, String customerId, String companyId, TicketStatus status,
                  Instant createdAt) {
        this.tenantId = tenantId;
        this.id = id;
        this.customerId = customerId;
        this.customerSince = createdAt;
        this.companyId = companyId;
        this.status = status.key();
        this.statusAt = createdAt;
        this.createdAt = createdAt;
        this.lastActivityAt = createdAt;
    }

    /**
     * A ticket events speak of before its {@code ticket.created}: it counts for nobody until it
     * {@linkplain #arrive arrives}. Storing it makes a concurrent creation of the same ticket wait for this
     * one, so no event about it is left waiting forever.
     */
    public static Ticket awaited(String tenantId, String id) {
        Ticket ticket = new Ticket(tenantId, id, null, null, TicketStatus.NEW, Instant.EPOCH);
        ticket.counted = false;
        return ticket;
    }

    /** Whether the ticket is only known from events that came before its creation. */
    public boolean isAwaited() {
        return customerId == null;
    }

    /** The awaited ticket is created: {@code customerId} opened it at {@code createdAt}. */
    public void arrive(String newCustomerId, String newCompanyId, TicketStatus newStatus, Instant at) {
        customerId = newCustomerId;
        customerSince = at;
        companyId = newCompanyId;
        status = newStatus.key();
        statusAt = at;
        createdAt = at;
        lastActivityAt = at;
        counted = true;
    }

    public String tenantId() {
        return tenantId;
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public String companyId() {
        return companyId;
    }

    public TicketStatus status() {
        return TicketStatus.fromKey(status);
    }

    /** The helpdesk's priority, such as "high"; {@code null} when it named none. */
    public String priority() {
        return priority;
    }

    /** Where the ticket came in, such as "email"; {@code null} when the helpdesk named none. */
    public String channel() {
        return channel;
    }

    /** The ticket's latest CSAT rating, or {@code null} while it has none. */
    public Rating rating() {
        return rating == null ? null : new Rating(rating, ratingScaleMin, ratingScaleMax);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int interactions() {
        return interactions;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public boolean counted() {
        return counted;
    }

    /** Moves the ticket to {@code newStatus} unless a later status is already known. */
    public void changeStatus(TicketStatus newStatus, Instant at) {
        if (!at.isBefore(statusAt)) {
            status = newStatus.key();
            statusAt = at;
        }
        touch(at);
    }

    /** One more agent or customer message on the ticket. */
    public void addInteraction(Instant at) {
        interactions++;
        touch(at);
    }

    /** Takes {@code newRating} as the ticket's rating unless a later one is already known. */
    public void rate(Rating newRating, Instant at) {
        if (ratedAt == null || !at.isBefore(ratedAt)) {
            rating = newRating.value();
            ratingScaleMin = newRating.scaleMin();
            ratingScaleMax = newRating.scaleMax();
            ratedAt = at;
        }
    }

    /** The helpdesk changed the ticket's priority. */
    public void changePriority(String newPriority, Instant at) {
        priority = newPriority;
        touch(at);
    }

    /** Takes over the interactions of {@code merged}, a ticket merged into this one. */
    public void absorbInteractionsOf(Ticket merged) {
        interactions += merged.interactions;
        touch(merged.lastActivityAt);
    }

    /** The ticket stops counting: merged into another, or deleted. */
    public void stopCounting() {
        counted = false;
    }

    /**
     * The ticket moved to another customer at {@code at}, unless a later move (or its creation) is already
     * known.
     *
     * @return whether the move took effect
     */
    public boolean moveTo(String newCustomerId, String newCompanyId, Instant at) {
        if (at.isBefore(customerSince)) {
            return false;
        }
        customerId = newCustomerId;
        companyId = newCompanyId;
        customerSince = at;
        return true;
    }

    /** What the scoring rules need to know of this ticket. */
    public TicketFacts facts() {
        Rating latest = rating == null ? null : new Rating(rating, ratingScaleMin, ratingScaleMax);
        return new TicketFacts(createdAt, status().isOpen(), interactions, lastActivityAt, latest,
                latest == null ? null : ratedAt);
    }

    private void touch(Instant at) {
        if (at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }
}
