package com.customerhealth.adapters.zendesk;

import com.customerhealth.adapters.Payload;
import com.customerhealth.backfill.HistoryConnection;
import com.customerhealth.backfill.HistoryPage;
import com.customerhealth.backfill.HistoryReader;
import com.customerhealth.backfill.HistoryUnavailable;
import com.customerhealth.backfill.PageBodies;
import com.customerhealth.backfill.RequestPacing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.InvalidEventException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Reads one Zendesk account's history through its incremental exports, one export after the other, a page a
 * call: the tickets changed since the backfill's {@code since} (cursor based, with their requesters and
 * organizations sideloaded), then the ticket events of the same time (time based, with their comments),
 * then the satisfaction ratings received (cursor paginated). Its cursor ({@link ZendeskCursor}) names where
 * each export stands. Comment authors' roles are looked up by id ({@code users/show_many}) once per reader.
 * Every request waits for the pacing first; a 429 waits its {@code Retry-After}, a 5xx or an unreachable
 * Zendesk {@link #SHORT_WAIT}, and a 401, 403 or 404 ends the backfill with what to fix.
 *
 * <pre>{@code
 * try (HistoryReader reader = new ZendeskHistoryReader(connection, pacing, ZendeskHistoryReader.connect(base, connect, read))) {
 *     HistoryPage page = reader.read(null);   // the first tickets
 *     page = reader.read(page.cursor());      // and on, until page.last()
 * }
 * }</pre>
 */
public class ZendeskHistoryReader implements HistoryReader {

    private static final Logger LOG = Logger.getLogger(ZendeskHistoryReader.class.getName());

    /** How long to wait after a 5xx or a connection that failed. */
    static final Duration SHORT_WAIT = Duration.ofSeconds(30);
    /** How long to wait after a 429 without a readable {@code Retry-After}: the exports' limit is a minute's. */
    static final Duration RATE_WAIT = Duration.ofSeconds(60);
    /** Ratings per page, the most Zendesk gives. */
    static final int RATINGS_PAGE = 100;
    /** Users per lookup, the most {@code show_many} takes. */
    static final int USERS_PER_LOOKUP = 100;

    private final HistoryConnection connection;
    private final RequestPacing pacing;
    private final ZendeskExports exports;
    private final ZendeskEvents mapping;
    private final String authorization;
    private final ObjectMapper json = new ObjectMapper();
    /** Users' roles by id, {@code agent} or {@code customer}, as far as this reader has seen them. */
    private final Map<String, String> roles = new HashMap<>();

    /** A reader of {@code connection}'s history through {@code exports}, paced by {@code pacing}. */
    public ZendeskHistoryReader(HistoryConnection connection, RequestPacing pacing, ZendeskExports exports) {
        this.connection = connection;
        this.pacing = pacing;
        this.exports = exports;
        this.mapping = new ZendeskEvents(connection.tenantId(), connection.source());
        this.authorization = authorization(connection.user(), connection.token());
    }

    /**
     * The client of the account at {@code baseUrl} with the backfills' timeouts ({@code chm.backfill.*-timeout-ms}):
     * redirects not followed, every answer looked at here.
     */
    public static ZendeskExports connect(URI baseUrl, Duration connectTimeout, Duration readTimeout) {
        return RestClientBuilder.newBuilder()
                .baseUri(baseUrl)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(ZendeskExports.class);
    }

    /**
     * Zendesk's API token authentication: {@code Basic base64(<user>/token:<token>)} for an agent's e-mail,
     * or the token as a {@code Bearer} (an OAuth access token) without one.
     */
    static String authorization(String user, String token) {
        if (user == null || user.isBlank()) {
            return "Bearer " + token;
        }
        return "Basic " + Base64.getEncoder().encodeToString((user.strip() + "/token:" + token)
                .getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public HistoryPage read(String cursor) throws InterruptedException {
        ZendeskCursor at;
        try {
            at = cursor == null ? ZendeskCursor.start(connection.since() == null ? 0 : connection.since().getEpochSecond())
                    : ZendeskCursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            throw HistoryUnavailable.permanent("The backfill's cursor was not written by a Zendesk backfill", e);
        }
        return switch (at.stream()) {
            case TICKETS -> tickets(at);
            case EVENTS -> ticketEvents(at);
            case RATINGS -> ratings(at);
            case DONE -> new HistoryPage(List.of(), 0, at.text(), true, null);
        };
    }

    private HistoryPage tickets(ZendeskCursor at) throws InterruptedException {
        Payload page = get("the incremental ticket export", () -> exports.tickets(authorization,
                at.tickets() == null ? at.start() : null, at.tickets(), "users,organizations"));
        Map<String, Payload> users = byId(page.at("users"));
        users.values().forEach(this::remember);
        Map<String, Payload> organizations = byId(page.at("organizations"));
        List<HelpdeskEvent> events = new ArrayList<>();
        List<Payload> tickets = page.at("tickets").elements();
        int unreadable = 0;
        for (Payload ticket : tickets) {
            try {
                events.addAll(mapping.ticket(ticket, users, organizations));
            } catch (InvalidEventException e) {
                unreadable += passedOver("ticket " + ticket.text("id"), e);
            }
        }
        String after = page.text("after_cursor");
        ZendeskCursor next = at.withTickets(after == null ? at.tickets() : after);
        if (Boolean.TRUE.equals(page.bool("end_of_stream"))) {
            next = next.next();
        }
        return new HistoryPage(events, tickets.size(), next.text(), false, null, unreadable);
    }

    private HistoryPage ticketEvents(ZendeskCursor at) throws InterruptedException {
        Payload page = get("the incremental ticket event export", () -> exports.ticketEvents(authorization,
                at.eventsFrom(), "comment_events"));
        List<Payload> audits = page.at("ticket_events").elements();
        lookUpAuthors(audits);
        List<HelpdeskEvent> events = new ArrayList<>();
        int unreadable = 0;
        for (Payload audit : audits) {
            try {
                events.addAll(mapping.ticketEvent(audit, roles::get));
            } catch (InvalidEventException e) {
                unreadable += passedOver("the ticket event " + audit.text("id"), e);
            }
        }
        boolean end = Boolean.TRUE.equals(page.bool("end_of_stream"));
        Double endTime = page.number("end_time");
        long from = endTime == null ? at.eventsFrom() : endTime.longValue();
        if (!end && from <= at.eventsFrom()) {
            // Zendesk gives the same end_time back when a page ends inside one second: the next second follows.
            LOG.warning(() -> "The ticket event export of " + connection.baseUrl() + " did not move past "
                    + at.eventsFrom() + "; going on from the next second");
            from = at.eventsFrom() + 1;
        }
        ZendeskCursor next = at.withEventsFrom(from);
        return new HistoryPage(events, 0, (end ? next.next() : next).text(), false, null, unreadable);
    }

    private HistoryPage ratings(ZendeskCursor at) throws InterruptedException {
        Payload page = get("the satisfaction ratings", () -> exports.satisfactionRatings(authorization, "received",
                at.start(), RATINGS_PAGE, at.ratingsAfter()));
        List<HelpdeskEvent> events = new ArrayList<>();
        int unreadable = 0;
        for (Payload rating : page.at("satisfaction_ratings").elements()) {
            try {
                mapping.rating(rating).ifPresent(events::add);
            } catch (InvalidEventException e) {
                unreadable += passedOver("the satisfaction rating " + rating.text("id"), e);
            }
        }
        String after = page.text("meta", "after_cursor");
        if (Boolean.TRUE.equals(page.bool("meta", "has_more")) && after != null) {
            return new HistoryPage(events, 0, at.withRatingsAfter(after).text(), false, null, unreadable);
        }
        return new HistoryPage(events, 0, at.next().text(), true, null, unreadable);
    }

    /** Logs why {@code record} makes no event; answers 1, to be counted. */
    private int passedOver(String record, InvalidEventException e) {
        LOG.warning(() -> "Zendesk's " + record + " at " + connection.baseUrl() + " is passed over: " + e.getMessage());
        return 1;
    }

    /** Looks up the roles of the comments' authors this reader does not know yet. */
    private void lookUpAuthors(List<Payload> audits) throws InterruptedException {
        Set<String> unknown = new LinkedHashSet<>();
        for (Payload audit : audits) {
            for (Payload child : audit.at("child_events").elements()) {
                String author = child.text("author_id");
                if ("Comment".equals(child.text("event_type")) && author != null && !roles.containsKey(author)) {
                    unknown.add(author);
                }
            }
        }
        List<String> ids = List.copyOf(unknown);
        for (int from = 0; from < ids.size(); from += USERS_PER_LOOKUP) {
            String batch = String.join(",", ids.subList(from, Math.min(ids.size(), from + USERS_PER_LOOKUP)));
            Payload users = get("the comments' authors", () -> exports.users(authorization, batch));
            users.at("users").elements().forEach(this::remember);
        }
    }

    /** A user's role: Zendesk's end-users are customers; agents and admins answer them. */
    private void remember(Payload user) {
        String id = user.text("id");
        String role = user.text("role");
        if (id != null && role != null) {
            roles.put(id, "end-user".equals(role) ? "customer" : "agent");
        }
    }

    private static Map<String, Payload> byId(Payload list) {
        Map<String, Payload> byId = new HashMap<>();
        for (Payload element : list.elements()) {
            String id = element.text("id");
            if (id != null) {
                byId.put(id, element);
            }
        }
        return byId;
    }

    /** Calls Zendesk once, after the pacing, and reads its answer as a JSON object. */
    private Payload get(String what, Supplier<Response> call) throws InterruptedException {
        pacing.beforeRequest();
        try (Response response = call.get()) {
            int status = response.getStatus();
            if (status == 200) {
                return parse(what, PageBodies.read(response, what));
            }
            throw unavailable(what, status, response.getHeaderString("Retry-After"));
        } catch (ProcessingException e) {
            throw HistoryUnavailable.retryAfter(SHORT_WAIT, "Zendesk at " + connection.baseUrl()
                    + " could not be reached for " + what + ": " + innermost(e), e);
        }
    }

    private Payload parse(String what, String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException e) {
            throw HistoryUnavailable.permanent("Zendesk's answer to " + what + " is not JSON", e);
        }
        if (node == null || !node.isObject()) {
            throw HistoryUnavailable.permanent("Zendesk's answer to " + what + " is not a JSON object");
        }
        return new Payload(node);
    }

    private HistoryUnavailable unavailable(String what, int status, String retryAfter) {
        if (status == 429) {
            Duration wait = seconds(retryAfter);
            return HistoryUnavailable.retryAfter(wait, "Zendesk limits the requests (429) to " + what
                    + "; asking again after " + wait.toSeconds() + " s");
        }
        if (status >= 500) {
            return HistoryUnavailable.retryAfter(SHORT_WAIT, "Zendesk answered " + status + " to " + what
                    + "; asking again after " + SHORT_WAIT.toSeconds() + " s");
        }
        return switch (status) {
            case 401 -> HistoryUnavailable.permanent("Zendesk refused the credentials (401): check the user (an"
                    + " agent's e-mail, for an API token) and the token");
            case 403 -> HistoryUnavailable.permanent("Zendesk refused " + what + " (403): the incremental exports"
                    + " need an admin's API token, and token access on in the Admin Center");
            case 404 -> HistoryUnavailable.permanent("Zendesk has no " + what + " at " + connection.baseUrl()
                    + " (404): check the account's address, https://<subdomain>.zendesk.com");
            default -> HistoryUnavailable.permanent("Zendesk answered " + status + " to " + what);
        };
    }

    /** {@code Retry-After} in seconds; a date or nothing waits {@link #RATE_WAIT}. */
    static Duration seconds(String retryAfter) {
        if (retryAfter != null) {
            try {
                long seconds = Long.parseLong(retryAfter.trim());
                if (seconds >= 0) {
                    return Duration.ofSeconds(seconds);
                }
            } catch (NumberFormatException e) {
                LOG.log(Level.FINE, "Retry-After is not a number of seconds: {0}", retryAfter);
            }
        }
        return RATE_WAIT;
    }

    private static String innermost(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    @Override
    public void close() {
        try {
            exports.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing the Zendesk client failed", e);
        }
    }
}
