package com.customerhealth.agentview;

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
import com.customerhealth.platform.Texts;
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
 * Conversation.of("T-1", events, 0, id -> names.getOrDefault(id, id), Texts.english()).entries();
 * // [Opened by Ada Berg (New · priority high · via email), Customer wrote, Agent replied, Rated 3 of 3]
 * }</pre>
 *
 * @param entries oldest first, ordered as the ticket's fold orders its events: by time, then id and source
 * @param omitted how many older events about the ticket are not among them
 * @param note    that older events are not shown, in a sentence; {@code null} when every one is
 */
public record Conversation(List<ConversationEntry> entries, int omitted, String note) {

    public Conversation {
        entries = List.copyOf(entries);
    }

    /**
     * The conversation of ticket {@code ticketId} that {@code events} tell, in any order: its own, and
     * merges of other tickets into it.
     *
     * @param omitted      how many older events about the ticket {@code events} leave out
     * @param customerName the name to show for a customer's id
     * @param texts        the reader's language
     */
    public static Conversation of(String ticketId, Collection<? extends HelpdeskEvent> events, int omitted,
                                  UnaryOperator<String> customerName, Texts texts) {
        List<HelpdeskEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(HelpdeskEvent::order));
        List<ConversationEntry> entries = new ArrayList<>();
        for (HelpdeskEvent event : ordered) {
            ConversationEntry entry = entry(ticketId, event, customerName, texts);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return new Conversation(entries, omitted, omitted == 0 ? null : texts.count("conversation.omitted", omitted));
    }

    /**
     * {@code event} as an entry of {@code ticketId}'s conversation; {@code null} when it is not about that ticket
     * nor a merge into it.
     */
    private static ConversationEntry entry(String ticketId, HelpdeskEvent event, UnaryOperator<String> customerName,
                                           Texts texts) {
        if (!(event instanceof TicketEvent about)) {
            return null;
        }
        if (!ticketId.equals(about.ticketId())) {
            return event instanceof TicketMerged merged && ticketId.equals(merged.intoTicketId())
                    ? entry("merged", texts.format("conversation.mergedHere", merged.ticketId()), null, event) : null;
        }
        if (event instanceof TicketCreated created) {
            List<String> details = new ArrayList<>();
            details.add(texts.get("status." + created.status().key()));
            if (created.priority() != null) {
                details.add(texts.format("conversation.priority", created.priority()));
            }
            if (created.channel() != null) {
                details.add(texts.format("conversation.channel", created.channel()));
            }
            return entry("created", texts.format("conversation.openedBy", customerName.apply(created.customerId())),
                    String.join(texts.get("conversation.separator"), details), event);
        }
        if (event instanceof TicketInteractionAdded added) {
            boolean customer = "customer".equals(added.author());
            return entry(added.author(), texts.get(customer ? "conversation.customerWrote" : "conversation.agentReplied"),
                    Boolean.FALSE.equals(added.publicly()) ? texts.get("conversation.internal") : null, event);
        }
        if (event instanceof TicketStatusChanged changed) {
            return entry("status", texts.format("conversation.status", texts.get("status." + changed.status().key())), null,
                    event);
        }
        if (event instanceof TicketPriorityChanged changed) {
            return entry("priority", texts.format("conversation.priorityChanged", changed.priority()), null, event);
        }
        if (event instanceof TicketEscalated escalated) {
            return entry("escalation", texts.format("conversation.escalated", escalated.escalation()), null, event);
        }
        if (event instanceof CsatRated rated) {
            return entry("rating", texts.format("conversation.rated", texts.number(rated.rating()),
                    texts.number(rated.scaleMax())),
                    rated.comment() == null ? null : texts.format("conversation.comment", rated.comment()), event);
        }
        if (event instanceof TicketCustomerChanged moved) {
            return entry("moved", texts.format("conversation.moved", customerName.apply(moved.customerId())),
                    moved.companyId() == null ? null : texts.format("conversation.company", moved.companyId()), event);
        }
        if (event instanceof TicketMerged merged) {
            return entry("merged", merged.intoTicketId() == null ? texts.get("conversation.mergedAway")
                    : texts.format("conversation.mergedInto", merged.intoTicketId()), null, event);
        }
        if (event instanceof TicketDeleted) {
            return entry("deleted", texts.get("conversation.deleted"), null, event);
        }
        return null;
    }

    private static ConversationEntry entry(String kind, String title, String detail, HelpdeskEvent event) {
        return new ConversationEntry(kind, title, detail, event.header().occurredAt());
    }
}
