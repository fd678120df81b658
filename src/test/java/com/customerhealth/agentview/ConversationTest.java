package com.customerhealth.agentview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketCustomerChanged;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketEscalated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketMerged;
import com.customerhealth.events.TicketPriorityChanged;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.platform.Texts;
import com.customerhealth.tickets.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A ticket's conversation: every kind of its events in words, oldest first whatever the order they came in. */
class ConversationTest {

    private static final Instant OPENED = Instant.parse("2026-11-20T09:00:00Z");
    private static final String SOURCE = "https://desk.example.com";
    private static final UnaryOperator<String> NAMES = id -> Map.of("C-1", "Ada Berg").getOrDefault(id, id);

    @Test
    void everyKindOfEventReadsInWordsOldestFirstWhateverTheArrival() {
        List<HelpdeskEvent> events = List.of(
                new TicketCreated(header("e-01", 0), "T-1", "C-1", "K-1", at(0), TicketStatus.NEW, "high", "email",
                        "Printer on fire"),
                new TicketInteractionAdded(header("e-02", 1), "T-1", "customer", at(1), true),
                new TicketInteractionAdded(header("e-03", 2), "T-1", "agent", at(2), null),
                new TicketInteractionAdded(header("e-04", 3), "T-1", "agent", at(3), false),
                new TicketStatusChanged(header("e-05", 4), "T-1", TicketStatus.ON_HOLD, at(4)),
                new TicketPriorityChanged(header("e-06", 5), "T-1", "urgent", at(5)),
                new TicketEscalated(header("e-07", 6), "T-1", "tier-2", at(6)),
                new TicketMerged(header("e-08", 7), "T-9", "T-1"),
                new TicketCustomerChanged(header("e-09", 8), "T-1", "C-2", "K-2"),
                new CsatRated(header("e-10", 9), "T-1", 2.5, 1, 3, at(9), "Slow, but kind"),
                new TicketMerged(header("e-11", 10), "T-1", null),
                new TicketDeleted(header("e-12", 11), "T-1"));
        List<HelpdeskEvent> arrival = new ArrayList<>(events);
        Collections.shuffle(arrival, new Random(7));

        Conversation conversation = Conversation.of("T-1", arrival, 0, NAMES, Texts.english());

        assertEquals(List.of(
                "created|Opened by Ada Berg|New · priority high · via email",
                "customer|Customer wrote|",
                "agent|Agent replied|",
                "agent|Agent replied|Internal: not shown to the customer",
                "status|Status changed to On hold|",
                "priority|Priority changed to urgent|",
                "escalation|Escalated to tier-2|",
                "merged|Ticket #T-9 merged into this one|",
                "moved|Moved to C-2|Company K-2",
                "rating|Rated 2.5 of 3|“Slow, but kind”",
                "merged|Merged away, into no ticket|",
                "deleted|Deleted|"), conversation.entries().stream().map(ConversationTest::line).toList());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(at(i), conversation.entries().get(i).getAt(), "each at the time of its event");
        }
        assertNull(conversation.note(), "nothing left out");
    }

    @Test
    void eventsAtTheSameInstantFollowTheFoldsOrderByEventId() {
        Instant same = at(1);
        List<HelpdeskEvent> events = List.of(
                new TicketStatusChanged(new EventHeader("default", SOURCE, "e-2", same), "T-1", TicketStatus.SOLVED, same),
                new TicketInteractionAdded(new EventHeader("default", SOURCE, "e-1", same), "T-1", "agent", same, true));

        assertEquals(List.of("agent", "status"),
                Conversation.of("T-1", events, 0, NAMES, Texts.english()).entries().stream().map(ConversationEntry::getKind).toList());
    }

    @Test
    void aGermanReaderReadsTheConversationInGerman() {
        List<HelpdeskEvent> events = List.of(
                new TicketCreated(header("e-1", 0), "T-1", "C-1", null, at(0), TicketStatus.ON_HOLD, "high", null),
                new TicketInteractionAdded(header("e-2", 1), "T-1", "agent", at(1), false),
                new CsatRated(header("e-3", 2), "T-1", 2.5, 1, 3, at(2), "Gut"));

        Conversation conversation = Conversation.of("T-1", events, 2, NAMES, Texts.in(Locale.GERMAN));

        assertEquals(List.of(
                "created|Eröffnet von Ada Berg|Zurückgestellt · Priorität high",
                "agent|Agent antwortete|Intern: dem Kunden nicht gezeigt",
                "rating|Bewertet mit 2,5 von 3|„Gut“"), conversation.entries().stream().map(ConversationTest::line).toList());
        assertEquals("2 ältere Ereignisse werden nicht gezeigt.", conversation.note());
    }

    @Test
    void aCreationWithoutPriorityOrChannelSaysItsStatusOnly() {
        Conversation conversation = Conversation.of("T-1", List.of(new TicketCreated(header("e-1", 0), "T-1", "C-7",
                null, at(0), TicketStatus.OPEN, null, null)), 0, NAMES, Texts.english());

        assertEquals(List.of("created|Opened by C-7|Open"), conversation.entries().stream().map(ConversationTest::line).toList());
    }

    @Test
    void eventsAboutOtherTicketsOrTheDirectoryAreLeftOutButAMergeIntoThisTicketIsNot() {
        List<HelpdeskEvent> events = List.of(
                new TicketInteractionAdded(header("e-1", 1), "T-2", "customer", at(1), true),
                new TicketMerged(header("e-2", 2), "T-3", "T-4"),
                new TicketMerged(header("e-3", 3), "T-5", "T-1"),
                new CompanyUpserted(header("e-4", 4), "K-1", "Acme", Map.of()));

        assertEquals(List.of("merged|Ticket #T-5 merged into this one|"),
                Conversation.of("T-1", events, 0, NAMES, Texts.english()).entries().stream().map(ConversationTest::line).toList());
    }

    @Test
    void olderEventsLeftOutAreCountedInWords() {
        assertEquals("1 older event is not shown.", Conversation.of("T-1", List.of(), 1, NAMES, Texts.english()).note());
        assertEquals("150 older events are not shown.", Conversation.of("T-1", List.of(), 150, NAMES, Texts.english()).note());
    }

    private static String line(ConversationEntry entry) {
        return entry.getKind() + "|" + entry.getTitle() + "|" + (entry.getDetail() == null ? "" : entry.getDetail());
    }

    private static EventHeader header(String id, int minutes) {
        return new EventHeader("default", SOURCE, id, at(minutes));
    }

    private static Instant at(int minutes) {
        return OPENED.plus(Duration.ofMinutes(minutes));
    }
}
