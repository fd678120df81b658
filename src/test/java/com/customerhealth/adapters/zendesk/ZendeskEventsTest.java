package com.customerhealth.adapters.zendesk;

import static com.customerhealth.adapters.RecordedWebhooks.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.customerhealth.adapters.Payload;
import com.customerhealth.adapters.RecordedWebhooks;
import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZendeskEventsTest {

    private static final String SOURCE = "https://acme.zendesk.com";
    private final ZendeskEvents zendesk = new ZendeskEvents(TENANT, SOURCE);

    private static Payload fixture(String name) {
        return new Payload(RecordedWebhooks.json(RecordedWebhooks.bytes("zendesk/" + name)));
    }

    private static Payload json(String text) {
        return new Payload(RecordedWebhooks.json(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static EventHeader header(String id, String at) {
        return new EventHeader(TENANT, SOURCE, id, Instant.parse(at));
    }

    private List<HelpdeskEvent> mapped(Payload webhook) {
        return assertInstanceOf(ZendeskEvents.Outcome.Mapped.class, zendesk.webhook(webhook)).events();
    }

    @ParameterizedTest
    @CsvSource({
            "https://acme.zendesk.com, https://acme.zendesk.com",
            "https://ACME.zendesk.com/, https://acme.zendesk.com",
            "HTTPS://acme.zendesk.com/agent/tickets/1, https://acme.zendesk.com",
            "http://127.0.0.1:8123/, http://127.0.0.1:8123"})
    void theSourceIsTheAccountsAddressWithoutAPath(String address, String source) {
        assertEquals(source, ZendeskEvents.sourceOf(URI.create(address)));
    }

    @ParameterizedTest
    @CsvSource({"new, NEW", "OPEN, OPEN", "Pending, PENDING", "hold, ON_HOLD", "HOLD, ON_HOLD", "solved, SOLVED",
            "CLOSED, CLOSED"})
    void zendesksStatusesAreThePluginsInEitherCase(String zendesk, TicketStatus status) {
        assertEquals(Optional.of(status), ZendeskEvents.statusOf(zendesk));
    }

    @ParameterizedTest
    @CsvSource({"deleted", "ARCHIVED", "SCRUBBED", "''"})
    void otherStatusesAreNone(String zendesk) {
        assertEquals(Optional.empty(), ZendeskEvents.statusOf(zendesk));
    }

    @Test
    void aCreatedTicketWebhookIsTheTicketOfItsRequesterAndOrganization() {
        Instant created = Instant.parse("2025-01-08T10:12:07Z");
        assertEquals(List.of(new TicketCreated(header("zendesk-ticket-5158-created", "2025-01-08T10:12:07Z"), "5158",
                        "8447388090494", "8447346622462", created, TicketStatus.OPEN, "high", "web_service",
                        "Cannot login to mobile app")),
                mapped(fixture("ticket_created.json")));
    }

    @Test
    void aCommentByStaffIsAnAgentsPublicInteractionAsOfTheTicketsUpdate() {
        assertEquals(List.of(new TicketInteractionAdded(header("zendesk-comment-9876543210",
                        "2025-01-08T14:25:30Z"), "5158", "agent",
                        Instant.parse("2025-01-08T14:25:30Z"), true)),
                mapped(fixture("ticket_comment_added.json")));
    }

    @Test
    void aStatusChangeIsAsOfTheTicketsUpdateToTheSecond() {
        assertEquals(List.of(new TicketStatusChanged(header("zendesk-ticket-5158-status-solved-1736354720",
                        "2025-01-08T16:45:20Z"), "5158", TicketStatus.SOLVED, Instant.parse("2025-01-08T16:45:20Z"))),
                mapped(fixture("ticket_status_changed.json")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"type\":\"zen:event-type:user.active_changed\",\"detail\":{\"id\":\"1\"}} | type zen:event-type:user.active_changed is not a ticket event",
            "{\"type\":\"zen:event-type:ticket.tags_changed\",\"detail\":{\"id\":\"7\"},\"time\":\"2025-01-08T16:45:20Z\"} | event ticket.tags_changed says nothing that is scored",
            "{\"type\":\"zen:event-type:ticket.created\",\"detail\":{}} | no ticket id in detail.id",
            "{\"type\":\"zen:event-type:ticket.created\",\"detail\":{\"id\":\"7\",\"status\":\"OPEN\"}} | ticket 7 has no requester_id",
            "{\"type\":\"zen:event-type:ticket.status_changed\",\"detail\":{\"id\":\"7\"},\"event\":{\"current\":\"ARCHIVED\"},\"time\":\"2025-01-08T16:45:20Z\"} | status ARCHIVED of ticket 7 is none of",
            "{\"type\":\"zen:event-type:ticket.comment_added\",\"detail\":{\"id\":\"7\"},\"event\":{\"comment\":{\"id\":\"9\"}}} | the comment on ticket 7 has no id or no author.is_staff",
            "{\"detail\":{\"id\":\"7\"}} | type null is not a ticket event"})
    void aWebhookTellingOfNothingScoredIsSkippedWithWhy(String payload, String why) {
        ZendeskEvents.Outcome outcome = zendesk.webhook(json(payload));
        String said = assertInstanceOf(ZendeskEvents.Outcome.Skipped.class, outcome).why();
        assertTrue(said.startsWith(why), said);
    }

    @Test
    void theDocumentedUserEventIsSkipped() {
        assertInstanceOf(ZendeskEvents.Outcome.Skipped.class, zendesk.webhook(fixture("user_active_changed.json")));
    }

    @Test
    void deletedTicketsWebhooksAreTheTicketDeleted() {
        for (String type : List.of("soft_deleted", "permanently_deleted")) {
            assertEquals(List.of(new TicketDeleted(header("zendesk-ticket-7-deleted", "2025-01-08T16:45:20Z"), "7")),
                    mapped(json("{\"type\":\"zen:event-type:ticket." + type + "\",\"detail\":{\"id\":\"7\"},"
                            + "\"time\":\"2025-01-08T16:45:20Z\"}")));
        }
    }

    @Test
    void anExportedTicketIsItsRequesterItsOrganizationAndItsCreation() {
        Payload page = fixture("tickets_cursor_page1.json");
        Map<String, Payload> users = Map.of("20978392", page.at("users").elements().get(0));
        Map<String, Payload> organizations = Map.of("509974", page.at("organizations").elements().get(0));
        Instant created = Instant.parse("2009-07-20T22:55:29Z");
        assertEquals(List.of(
                        new CustomerUpserted(header("zendesk-user-20978392-1304591932", "2011-05-05T10:38:52Z"),
                                "20978392", "Johnny Customer", "johnny@example.com", "509974", Map.of()),
                        new CompanyUpserted(header("zendesk-organization-509974-1304591932", "2011-05-05T10:38:52Z"),
                                "509974", "One Organization", Map.of()),
                        new TicketCreated(header("zendesk-ticket-35436-created", "2009-07-20T22:55:29Z"), "35436",
                                "20978392", "509974", created, TicketStatus.OPEN, "high", "web",
                                "Help, my printer is on fire!")),
                zendesk.ticket(page.at("tickets").elements().get(0), users, organizations));
    }

    @Test
    void anExportedDeletedTicketIsTheTicketDeleted() {
        Payload ticket = fixture("tickets_cursor_page2.json").at("tickets").elements().get(0);
        assertEquals(List.of(new TicketDeleted(header("zendesk-ticket-35437-deleted", "2011-05-06T08:00:00Z"), "35437")),
                zendesk.ticket(ticket, Map.of(), Map.of()));
    }

    @Test
    void anExportedAuditIsItsCommentAndItsStatusChange() {
        Payload audit = fixture("ticket_events_page1.json").at("ticket_events").elements().get(0);
        Instant at = Instant.parse("2009-06-25T10:15:18Z");
        assertEquals(List.of(
                        new TicketInteractionAdded(header("zendesk-comment-91048994488", "2009-06-25T10:15:18Z"), "35436",
                                "agent", at, true),
                        new TicketStatusChanged(header("zendesk-ticket-35436-status-solved-1245924918",
                                "2009-06-25T10:15:18Z"), "35436", TicketStatus.SOLVED, at)),
                zendesk.ticketEvent(audit, Map.of("5031726587", "agent")::get));
    }

    @Test
    void aCommentWhoseAuthorsRoleIsUnknownIsLeftOut() {
        Payload audit = fixture("ticket_events_page1.json").at("ticket_events").elements().get(0);
        List<HelpdeskEvent> events = zendesk.ticketEvent(audit, new HashMap<String, String>()::get);
        assertEquals(List.of(TicketStatusChanged.TYPE), events.stream().map(HelpdeskEvent::type).toList());
    }

    @Test
    void goodIsOneAndBadZeroOnAScaleOfZeroToOne() {
        Payload good = fixture("satisfaction_ratings_page1.json").at("satisfaction_ratings").elements().get(0);
        Payload bad = fixture("satisfaction_ratings_page2.json").at("satisfaction_ratings").elements().get(0);
        assertEquals(Optional.of(new CsatRated(header("zendesk-rating-35436-1311202529", "2011-07-20T22:55:29Z"),
                "208", 1, 0, 1, Instant.parse("2011-07-20T22:55:29Z"), null)), zendesk.rating(good));
        assertEquals(Optional.of(new CsatRated(header("zendesk-rating-120447-1342824929", "2012-07-20T22:55:29Z"),
                "209", 0, 0, 1, Instant.parse("2012-07-20T22:55:29Z"), "Still waiting for an answer")),
                zendesk.rating(bad));
    }

    @ParameterizedTest
    @CsvSource({"offered", "unoffered", "''"})
    void aRatingNotGivenIsNone(String score) {
        assertEquals(Optional.empty(), zendesk.rating(json("{\"id\":1,\"ticket_id\":2,\"score\":\"" + score
                + "\",\"updated_at\":\"2012-07-20T22:55:29Z\"}")));
    }

    /** The same change told by a webhook and read from the export: the same event id, so the second is a duplicate. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a comment: the webhook's comment id is the export's Comment child event id
            "{\"type\":\"zen:event-type:ticket.comment_added\",\"time\":\"2025-02-03T08:00:01.52Z\",\"detail\":{\"id\":\"42\",\"updated_at\":\"2025-02-03T08:00:01Z\"},\"event\":{\"comment\":{\"id\":\"777\",\"is_public\":false,\"author\":{\"id\":\"5\",\"is_staff\":false}}}}"
                    + " | {\"id\":900,\"ticket_id\":42,\"timestamp\":1738569601,\"created_at\":\"2025-02-03T08:00:01Z\",\"event_type\":\"Audit\",\"child_events\":[{\"id\":777,\"author_id\":5,\"public\":false,\"created_at\":\"2025-02-03T08:00:01Z\",\"event_type\":\"Comment\"}]}",
            // a status change: the ticket's update second is the audit's
            "{\"type\":\"zen:event-type:ticket.status_changed\",\"time\":\"2025-02-03T08:00:01.52Z\",\"detail\":{\"id\":\"42\",\"updated_at\":\"2025-02-03T08:00:01Z\"},\"event\":{\"current\":\"HOLD\",\"previous\":\"OPEN\"}}"
                    + " | {\"id\":900,\"ticket_id\":42,\"timestamp\":1738569601,\"created_at\":\"2025-02-03T08:00:01Z\",\"event_type\":\"Audit\",\"child_events\":[{\"id\":901,\"via\":\"Web form\",\"status\":\"hold\",\"previous_value\":\"open\",\"event_type\":\"Change\"}]}",
            // a priority change
            "{\"type\":\"zen:event-type:ticket.priority_changed\",\"time\":\"2025-02-03T08:00:01.52Z\",\"detail\":{\"id\":\"42\",\"updated_at\":\"2025-02-03T08:00:01Z\"},\"event\":{\"current\":\"URGENT\",\"previous\":\"LOW\"}}"
                    + " | {\"id\":900,\"ticket_id\":42,\"timestamp\":1738569601,\"created_at\":\"2025-02-03T08:00:01Z\",\"event_type\":\"Audit\",\"child_events\":[{\"id\":902,\"via\":\"Web form\",\"priority\":\"urgent\",\"previous_value\":\"low\",\"event_type\":\"Change\"}]}"})
    void aChangeArrivingBothWaysHasOneId(String webhook, String audit) {
        List<HelpdeskEvent> live = mapped(json(webhook));
        List<HelpdeskEvent> read = zendesk.ticketEvent(json(audit), Map.of("5", "customer")::get);
        assertEquals(live, read);
    }

    @Test
    void aTicketCreatedBothWaysHasOneId() {
        Payload webhook = json("{\"type\":\"zen:event-type:ticket.created\",\"time\":\"2025-02-03T08:00:01.52Z\","
                + "\"detail\":{\"id\":\"42\",\"requester_id\":\"5\",\"organization_id\":null,\"status\":\"NEW\","
                + "\"created_at\":\"2025-02-03T08:00:01Z\",\"updated_at\":\"2025-02-03T08:00:01Z\"}}");
        Payload exported = json("{\"id\":42,\"requester_id\":5,\"status\":\"new\",\"created_at\":\"2025-02-03T08:00:01Z\"}");
        assertEquals(mapped(webhook), zendesk.ticket(exported, Map.of(), Map.of()));
    }
}
