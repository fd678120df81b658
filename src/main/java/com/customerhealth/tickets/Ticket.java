package com.customerhealth.tickets;

import com.customerhealth.scoring.Rating;
import com.customerhealth.scoring.TicketFacts;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One helpdesk ticket as stored: the cached fold of its events ({@link TicketState}), what it carries of
 * the tickets merged into it ({@link TicketFamily}), and the last event folded in, after which an event in
 * order extends the cache and an earlier one has the ticket folded again from the journal. A row exists
 * from the first event about the ticket, whether or not its {@code ticket.created} came yet: concurrent
 * batches about one ticket wait for each other on it.
 */
public class Ticket {

    /** Stored for times a ticket does not have yet: the columns hold no null. */
    private static final Instant NEVER = Instant.EPOCH;

    private String tenantId;

    private String id;

    private boolean opened;

    private String customerId;

    private String companyId;

    private String status;

    private String priority;

    private String channel;

    private String subject;

    private String escalation;

    private Instant createdAt;

    private int ownInteractions;

    private Instant ownHandledAt;

    /** Its own interactions and those of the tickets merged into it. */
    private int interactions;

    /** The latest handling among its own interactions and status changes and those of the tickets merged into it. */
    private Instant handledAt;

    private Instant lastActivityAt;

    private Double rating;

    private Double ratingScaleMin;

    private Double ratingScaleMax;

    private Instant ratedAt;

    private boolean merged;

    private String mergedInto;

    private boolean deleted;

    /** Whether it counts for its customer: opened, neither merged nor deleted. */
    private boolean counted;

    private Instant appliedAt;

    private String appliedEvent;

    private String appliedSource;

    protected Ticket() {
    }

    /** A ticket nothing is folded into yet. */
    public Ticket(String tenantId, String id) {
        this.tenantId = tenantId;
        this.id = id;
        keep(TicketState.nothing(id), new TicketFamily.Carried(0, null));
    }

    /** Its own state as folded so far. */
    public TicketState state() {
        return new TicketState(id, opened, customerId, companyId, opened ? createdAt : null, status(), priority, channel,
                subject, escalation, ownInteractions, ownHandledAt, NEVER.equals(lastActivityAt) ? null : lastActivityAt,
                rating(), ratedAt, mergedInto, merged, deleted,
                appliedAt == null ? null : new EventOrder(appliedAt, appliedEvent, appliedSource));
    }

    /** What it carries now, its own and merged tickets' interactions together. */
    public TicketFamily.Carried carried() {
        return new TicketFamily.Carried(interactions, handledAt);
    }

    /**
     * Whether it carries only its own: no ticket merged into it, directly or down a chain, adds an
     * interaction or a later handling to what it holds.
     */
    public boolean carriesOnlyItsOwn() {
        return interactions == ownInteractions && Objects.equals(handledAt, ownHandledAt);
    }

    /** What keeping a new state changed of a ticket, as those who read it see it. */
    public enum Kept {
        /** Nothing the scores or the customer's company follow. */
        UNCHANGED,
        /** What the scores read (its facts, whether it counts), not what its customer's company follows. */
        SCORED,
        /**
         * Whose it is, the company it names, when it was created, or whether it was: what its customer's
         * company follows when no directory entry names one, and its scores too.
         */
        NAMING
    }

    /**
     * Keeps {@code own} and {@code carried} as the ticket's cached state.
     *
     * @return what changed of what its readers follow
     */
    public Kept keep(TicketState own, TicketFamily.Carried carried) {
        if (!own.ticketId().equals(id)) {
            throw new IllegalArgumentException("The state of " + own.ticketId() + " is not ticket " + id + "'s");
        }
        Object before = scored();
        Object namingBefore = naming();
        opened = own.opened();
        customerId = own.customerId();
        companyId = own.companyId();
        status = own.status().key();
        priority = own.priority();
        channel = own.channel();
        subject = own.subject();
        escalation = own.escalation();
        createdAt = own.createdAt() == null ? NEVER : own.createdAt();
        ownInteractions = own.interactions();
        ownHandledAt = own.lastHandledAt();
        interactions = carried.interactions();
        handledAt = carried.lastHandledAt();
        lastActivityAt = own.lastActivityAt() == null ? NEVER : own.lastActivityAt();
        Rating latest = own.rating();
        rating = latest == null ? null : latest.value();
        ratingScaleMin = latest == null ? null : latest.scaleMin();
        ratingScaleMax = latest == null ? null : latest.scaleMax();
        ratedAt = latest == null ? null : own.ratedAt();
        merged = own.merged();
        mergedInto = own.mergedInto();
        deleted = own.deleted();
        counted = own.counted();
        EventOrder applied = own.lastApplied();
        appliedAt = applied == null ? null : applied.occurredAt();
        appliedEvent = applied == null ? null : applied.eventId();
        appliedSource = applied == null ? null : applied.source();
        if (!Objects.equals(namingBefore, naming())) {
            return Kept.NAMING;
        }
        return Objects.equals(before, scored()) ? Kept.UNCHANGED : Kept.SCORED;
    }

    /** What a customer's company follows of the ticket ({@code Membership}'s inputs). */
    private Object naming() {
        return Arrays.asList(customerId, companyId, createdAt, opened);
    }

    /** What the scores read of the ticket, to tell whether keeping a new state changed it. */
    private Object scored() {
        return Arrays.asList(customerId, companyId, counted, createdAt, status, interactions, handledAt,
                rating, ratingScaleMin, ratingScaleMax, ratedAt);
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

    /** What the ticket is about, as its {@code ticket.created} said; {@code null} when it said nothing. */
    public String subject() {
        return subject;
    }

    /** The ticket's latest CSAT rating, or {@code null} while it has none. */
    public Rating rating() {
        return rating == null ? null : new Rating(rating, ratingScaleMin, ratingScaleMax);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Its interactions, those of the tickets merged into it included. */
    public int interactions() {
        return interactions;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    /** Whether its {@code ticket.created} has been folded in. */
    public boolean opened() {
        return opened;
    }

    public boolean counted() {
        return counted;
    }

    /** The ticket it was merged into, or null. */
    public String mergedInto() {
        return mergedInto;
    }

    /** What the scoring rules need to know of this ticket, which {@linkplain #counted() counts}. */
    public TicketFacts facts() {
        return TicketFamily.facts(state(), carried());
    }
}
