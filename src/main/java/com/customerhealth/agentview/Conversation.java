package com.customerhealth.agentview;

import com.customerhealth.badge.BadgeCard;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketCustomerChanged;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketEscalated;
import com.customerhealth.events.TicketEvent;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketMerged;
import com.customerhealth.events.TicketPriorityChanged;
import com.customerhealth.events.TicketStatusChanged;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the plugin knows happened to one ticket, oldest first, in the ticket page's words: the ticket's
 * events in the journal, and the merges of tickets merged into it. The contract carries no message text,
 * so an interaction says who wrote and whether the customer sees it, not what was written.
 *
 * <pre>{@code
 * Conversation.of("T-1", events, 0, id -> names.getOrDefault(id, id)).entries();
 * // [Opened by Ada Berg (New · priority high · via email), Customer wrote, Agent replied, Rated 3 of 3]
 * }</pre>
 *
 * @param entries oldest first, ordered as the ticket's fold orders its events: by time, then id and source
 * @param omitted how many older events about the ticket are not among them
 */
public record Conversation(List<ConversationEntry> entries, int omitted) {

    // The page's words, kept together so they move to a resource bundle in one piece.
    private static final String OPENED_BY = "Opened by %s";
    private static final String PRIORITY = "priority %s";
    private static final String CHANNEL = "via %s";
    private static final String CUSTOMER_WROTE = "Customer wrote";
    private static final String AGENT_REPLIED = "Agent replied";
    private static final String NOT_PUBLIC = "Internal: not shown to the customer";
    private static final String STATUS_CHANGED = "Status changed to %s";
    private static final String PRIORITY_CHANGED = "Priority changed to %s";
    private static final String ESCALATED = "Escalated to %s";
    private static final String RATED = "Rated %s of %s";
    private static final String COMMENT = "“%s”";
    private static final String MOVED = "Moved to %s";
    private static final String COMPANY = "Company %s";
    private static final String MERGED_INTO = "Merged into ticket #%s";
    private static final String MERGED_INTO_NOTHING = "Merged away, into no ticket";
    private static final String MERGED_HERE = "Ticket #%s merged into this one";
    private static final String DELETED = "Deleted";
    private static final String OMITTED_ONE = "1 older event is not shown.";
    private static final String OMITTED_MANY = "%d older events are not shown.";
    private static final String SEPARATOR = " · ";

    public Conversation {
        entries = List.copyOf(entries);
    }

    /**
     * The conversation of ticket {@code ticketId} that {@code events} tell, in any order: its own, and
     * merges of other tickets into it.
     *
     * @param omitted      how many older events about the ticket {@code events} leave out
     * @param customerName the name to show for a customer's id
     */
    public static Conversation of(String ticketId, Collection<? extends HelpdeskEvent> events, int omitted,
                                  UnaryOperator<String> customerName) {
        List<HelpdeskEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(HelpdeskEvent::order));
        List<ConversationEntry> entries = new ArrayList<>();
        for (HelpdeskEvent event : ordered) {
            ConversationEntry entry = entry(ticketId, event, customerName);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return new Conversation(entries, omitted);
    }

    /** That older events are not shown, in a sentence; {@code null} when every one is. */
    public String note() {
        return omitted == 0 ? null : omitted == 1 ? OMITTED_ONE : OMITTED_MANY.formatted(omitted);
    }

    /**
     * {@code event} as an entry of {@code ticketId}'s conversation; {@code null} when it is not about that ticket
     * nor a merge into it.
     */
    private static ConversationEntry entry(String ticketId, HelpdeskEvent event, UnaryOperator<String> customerName) {
        if (!(event instanceof TicketEvent about)) {
            return null;
        }
        if (!ticketId.equals(about.ticketId())) {
            return event instanceof TicketMerged merged && ticketId.equals(merged.intoTicketId())
                    ? entry("merged", MERGED_HERE.formatted(merged.ticketId()), null, event) : null;
        }
        if (event instanceof TicketCreated created) {
            List<String> details = new ArrayList<>();
            details.add(created.status().label());
            if (created.priority() != null) {
                details.add(PRIORITY.formatted(created.priority()));
            }
            if (created.channel() != null) {
                details.add(CHANNEL.formatted(created.channel()));
            }
            return entry("created", OPENED_BY.formatted(customerName.apply(created.customerId())),
                    String.join(SEPARATOR, details), event);
        }
        if (event instanceof TicketInteractionAdded added) {
            boolean customer = "customer".equals(added.author());
            return entry(added.author(), customer ? CUSTOMER_WROTE : AGENT_REPLIED,
                    Boolean.FALSE.equals(added.publicly()) ? NOT_PUBLIC : null, event);
        }
        if (event instanceof TicketStatusChanged changed) {
            return entry("status", STATUS_CHANGED.formatted(changed.status().label()), null, event);
        }
        if (event instanceof TicketPriorityChanged changed) {
            return entry("priority", PRIORITY_CHANGED.formatted(changed.priority()), null, event);
        }
        if (event instanceof TicketEscalated escalated) {
            return entry("escalation", ESCALATED.formatted(escalated.escalation()), null, event);
        }
        if (event instanceof CsatRated rated) {
            return entry("rating", RATED.formatted(BadgeCard.number(rated.rating()), BadgeCard.number(rated.scaleMax())),
                    rated.comment() == null ? null : COMMENT.formatted(rated.comment()), event);
        }
        if (event instanceof TicketCustomerChanged moved) {
            return entry("moved", MOVED.formatted(customerName.apply(moved.customerId())),
                    moved.companyId() == null ? null : COMPANY.formatted(moved.companyId()), event);
        }
        if (event instanceof TicketMerged merged) {
            return entry("merged", merged.intoTicketId() == null ? MERGED_INTO_NOTHING
                    : MERGED_INTO.formatted(merged.intoTicketId()), null, event);
        }
        if (event instanceof TicketDeleted) {
            return entry("deleted", DELETED, null, event);
        }
        return null;
    }

    private static ConversationEntry entry(String kind, String title, String detail, HelpdeskEvent event) {
        return new ConversationEntry(kind, title, detail, event.header().occurredAt());
    }
}
