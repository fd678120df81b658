package com.customerhealth.tickets;

import com.customerhealth.scoring.Rating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a ticket's own changes make of it, folded in {@link EventOrder}: the same changes in any order of
 * arrival, repeated or not, give the same state. Interactions of tickets merged into this one are not in
 * here; {@link TicketFamily} adds them.
 *
 * <pre>{@code
 * TicketState state = TicketState.fold("T-1", changes);   // any order
 * TicketState later = state.apply(next);                 // next comes after state.lastApplied()
 * }</pre>
 *
 * @param ticketId      the ticket
 * @param opened        whether its {@code ticket.created} is known; until then it counts for nobody
 * @param customerId    whose it is (null until opened or moved)
 * @param companyId     the company its creation or latest move named, or null
 * @param createdAt     when it was opened (null until opened)
 * @param status        its status
 * @param priority      its priority, or null
 * @param channel       where it came in, or null
 * @param subject       what it is about, in the helpdesk's words, or null; shown, never scored
 * @param escalation    its latest escalation, or null
 * @param interactions  its own interactions
 * @param lastHandledAt its latest interaction or status change (its creation, a priority change or an
 *                      escalation is not handling), or null when it was never handled
 * @param lastActivityAt its latest change of any kind, its creation included, or null
 * @param rating        its latest rating, or null
 * @param ratedAt       when that rating was given, or null
 * @param mergedInto    the ticket it was merged into, or null
 * @param merged        whether it was merged (into {@code mergedInto}, or into nothing)
 * @param deleted       whether it was deleted
 * @param lastApplied   the latest change folded in, or null when none was
 */
public record TicketState(String ticketId, boolean opened, String customerId, String companyId, Instant createdAt,
                          TicketStatus status, String priority, String channel, String subject, String escalation,
                          int interactions, Instant lastHandledAt, Instant lastActivityAt, Rating rating,
                          Instant ratedAt, String mergedInto, boolean merged, boolean deleted,
                          EventOrder lastApplied) {

    /** A ticket nothing is known of yet. */
    public static TicketState nothing(String ticketId) {
        return new TicketState(ticketId, false, null, null, null, TicketStatus.NEW, null, null, null, null, 0, null,
                null, null, null, null, false, false, null);
    }

    /** The state {@code changes} make of {@code ticketId}, whatever their order. */
    public static TicketState fold(String ticketId, Collection<? extends TicketChange> changes) {
        List<TicketChange> ordered = new ArrayList<>(changes);
        ordered.sort((a, b) -> a.order().compareTo(b.order()));
        TicketState state = nothing(ticketId);
        EventOrder previous = null;
        for (TicketChange change : ordered) {
            // The same event delivered twice is folded once.
            if (!change.order().equals(previous)) {
                state = state.apply(change);
            }
            previous = change.order();
        }
        return state;
    }

    /**
     * This state with {@code change} folded in, as the last change so far. A change that does not come after
     * {@link #lastApplied()} needs the whole fold again: see {@link #isExtendedBy}.
     */
    public TicketState apply(TicketChange change) {
        Draft next = new Draft(this);
        Instant at = change.order().occurredAt();
        next.lastActivityAt = later(next.lastActivityAt, at);
        if (change instanceof TicketChange.Opened opened) {
            if (!next.opened) {
                next.opened = true;
                next.customerId = opened.customerId();
                next.companyId = opened.companyId();
                next.createdAt = opened.createdAt();
                next.status = opened.status();
                next.priority = opened.priority();
                next.channel = opened.channel();
                next.subject = opened.subject();
                next.lastActivityAt = later(next.lastActivityAt, opened.createdAt());
            }
        } else if (change instanceof TicketChange.StatusSet set) {
            next.status = set.status();
            next.lastHandledAt = later(next.lastHandledAt, set.at());
            next.lastActivityAt = later(next.lastActivityAt, set.at());
        } else if (change instanceof TicketChange.InteractionAdded added) {
            next.interactions++;
            next.lastHandledAt = later(next.lastHandledAt, added.at());
            next.lastActivityAt = later(next.lastActivityAt, added.at());
        } else if (change instanceof TicketChange.PrioritySet set) {
            next.priority = set.priority();
        } else if (change instanceof TicketChange.Escalated escalated) {
            next.escalation = escalated.escalation();
        } else if (change instanceof TicketChange.Rated rated) {
            next.rating = rated.rating();
            next.ratedAt = rated.at();
        } else if (change instanceof TicketChange.MergedInto into) {
            // Merged into itself, or merged (or deleted) before: nothing more happens to it.
            if (!next.merged && !next.deleted && !ticketId.equals(into.intoTicketId())) {
                next.merged = true;
                next.mergedInto = into.intoTicketId();
            }
        } else if (change instanceof TicketChange.Deleted) {
            next.deleted = true;
        } else if (change instanceof TicketChange.MovedTo moved) {
            next.customerId = moved.customerId();
            next.companyId = moved.companyId();
        }
        next.lastApplied = change.order();
        return next.state();
    }

    /** Whether {@code change} can be folded in on top of this state: it comes after everything in it. */
    public boolean isExtendedBy(TicketChange change) {
        return change.order().isAfter(lastApplied);
    }

    /** Whether it counts for its customer now: opened, neither merged nor deleted. */
    public boolean counted() {
        return opened && !merged && !deleted;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }

    /** A state being changed, field by field. */
    private static final class Draft {

        private final String ticketId;
        private boolean opened;
        private String customerId;
        private String companyId;
        private Instant createdAt;
        private TicketStatus status;
        private String priority;
        private String channel;
        private String subject;
        private String escalation;
        private int interactions;
        private Instant lastHandledAt;
        private Instant lastActivityAt;
        private Rating rating;
        private Instant ratedAt;
        private String mergedInto;
        private boolean merged;
        private boolean deleted;
        private EventOrder lastApplied;

        Draft(TicketState from) {
            ticketId = from.ticketId;
            opened = from.opened;
            customerId = from.customerId;
            companyId = from.companyId;
            createdAt = from.createdAt;
            status = from.status;
            priority = from.priority;
            channel = from.channel;
            subject = from.subject;
            escalation = from.escalation;
            interactions = from.interactions;
            lastHandledAt = from.lastHandledAt;
            lastActivityAt = from.lastActivityAt;
            rating = from.rating;
            ratedAt = from.ratedAt;
            mergedInto = from.mergedInto;
            merged = from.merged;
            deleted = from.deleted;
            lastApplied = from.lastApplied;
        }

        TicketState state() {
            return new TicketState(ticketId, opened, customerId, companyId, createdAt, status, priority, channel,
                    subject, escalation, interactions, lastHandledAt, lastActivityAt, rating, ratedAt, mergedInto,
                    merged, deleted, lastApplied);
        }
    }
}
