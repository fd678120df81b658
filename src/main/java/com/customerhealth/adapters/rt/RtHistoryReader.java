package com.customerhealth.adapters.rt;

import com.customerhealth.backfill.HistoryConnection;
import com.customerhealth.backfill.HistoryPage;
import com.customerhealth.backfill.HistoryReader;
import com.customerhealth.backfill.HistoryUnavailable;
import com.customerhealth.backfill.PageBodies;
import com.customerhealth.backfill.RequestPacing;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.InvalidEventException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads an RT's tickets a search page at a time, in id order, each with its whole history; the cursor is the
 * id of the last ticket read, so a restart reads at most one page again. Users and custom fields are asked
 * for once each per reader.
 *
 * <pre>{@code
 * try (HistoryReader reader = rtHistory.open(connection, pacing)) {
 *     HistoryPage page = reader.read(null);        // tickets 1..50 and the events of their transactions
 *     page = reader.read(page.cursor());           // "50": the tickets after ticket 50
 * }
 * }</pre>
 *
 * <p>Tickets merged into another are read with the one they were merged into (RT's history of a ticket holds
 * theirs); deleted tickets are not found by RT's searches and are left out, as they no longer count.
 */
final class RtHistoryReader implements HistoryReader, RtDirectory {

    private static final Logger LOG = Logger.getLogger(RtHistoryReader.class.getName());

    /** How long to wait when RT cannot be reached or answers 5xx without saying how long. */
    static final Duration UNREACHABLE_WAIT = Duration.ofSeconds(30);

    /** The most transactions REST 2.0 gives on one page. */
    private static final int HISTORY_PAGE_SIZE = 100;

    private static final DateTimeFormatter TICKET_SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final RtRestApi api;
    private final HistoryConnection connection;
    private final String authorization;
    private final int pageSize;
    private final RequestPacing pacing;
    private final RtTransactionMapping mapping;
    private final Map<String, RtUser> users = new HashMap<>();
    private final Map<String, String> customFields = new HashMap<>();
    private Long ticketsTotal;

    RtHistoryReader(RtRestApi api, HistoryConnection connection, RtSettings settings, int pageSize,
                    RequestPacing pacing) {
        this.api = api;
        this.connection = connection;
        this.authorization = "token " + connection.token();
        this.pageSize = pageSize;
        this.pacing = pacing;
        this.mapping = new RtTransactionMapping(connection.tenantId(), connection.source(), settings, this);
    }

    @Override
    public HistoryPage read(String cursor) throws InterruptedException {
        long after = cursor == null ? 0 : Long.parseLong(cursor);
        JsonObject search = call("the ticket search", () -> api.tickets(authorization, query(after), "id", "ASC", 1,
                pageSize, RtJson.TICKET_FIELDS));
        if (ticketsTotal == null) {
            ticketsTotal = after == 0 ? total(search) : total(call("the ticket count",
                    () -> api.tickets(authorization, query(0), "id", "ASC", 1, 1, "id")));
        }
        List<JsonObject> items = RtJson.items(search);
        List<HelpdeskEvent> events = new ArrayList<>();
        String last = cursor;
        int unreadable = 0;
        for (JsonObject item : items) {
            RtTicket ticket = RtJson.ticket(item);
            List<RtTransaction> history = history(ticket.id());
            if (history == null) {
                LOG.log(Level.INFO, "RT ticket {0} went (deleted or merged) while its page was read", ticket.id());
                last = ticket.id();
                continue;
            }
            try {
                events.addAll(mapping.events(ticket, history));
            } catch (InvalidEventException e) {
                // One ticket that makes no event (a subject over its length) does not stop the history behind it.
                LOG.warning(() -> "RT ticket " + ticket.id() + " at " + connection.baseUrl() + " is passed over: "
                        + e.getMessage());
                unreadable++;
            } catch (RuntimeException e) {
                throw HistoryUnavailable.permanent("RT ticket " + ticket.id() + " could not be read: " + e.getMessage(), e);
            }
            last = ticket.id();
        }
        boolean end = items.size() < pageSize || RtJson.pages(search) <= 1;
        return new HistoryPage(events, items.size(), last, end, ticketsTotal, unreadable);
    }

    /** The tickets after ticket {@code after}, changed since the connection's start where it names one. */
    private String query(long after) {
        String query = "id > " + after;
        return connection.since() == null ? query
                : query + " AND LastUpdated >= '" + TICKET_SQL_TIME.format(connection.since()) + "'";
    }

    private static Long total(JsonObject search) {
        return search.containsKey("total") && !search.isNull("total")
                ? Long.valueOf(search.get("total").toString().replace("\"", "")) : null;
    }

    /**
     * Every transaction of ticket {@code id} (and of those merged into it), since the connection's start;
     * {@code null} when the ticket is gone since the search found it.
     */
    private List<RtTransaction> history(String id) throws InterruptedException {
        List<RtTransaction> transactions = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            int number = page;
            JsonObject answer = call("the history of ticket " + id,
                    () -> api.history(authorization, id, number, HISTORY_PAGE_SIZE, RtJson.TRANSACTION_FIELDS), true);
            if (answer == null) {
                return null;
            }
            pages = RtJson.pages(answer);
            for (JsonObject item : RtJson.items(answer)) {
                RtTransaction transaction = RtJson.transaction(item);
                if (connection.since() == null || !transaction.created().isBefore(connection.since())) {
                    transactions.add(transaction);
                }
            }
        }
        return transactions;
    }

    @Override
    public RtUser user(String nameOrId) {
        RtUser known = users.get(nameOrId);
        if (known != null) {
            return known;
        }
        RtUser user = RtJson.user(lookup("user " + nameOrId, () -> api.user(authorization, nameOrId)));
        users.put(user.name(), user);
        users.put(Long.toString(user.id()), user);
        users.put(nameOrId, user);
        return user;
    }

    @Override
    public String customFieldName(String id) {
        return customFields.computeIfAbsent(id, field -> RtJson.customFieldName(
                lookup("custom field " + field, () -> api.customField(authorization, field))));
    }

    /**
     * A lookup the mapping makes: paced as every request is, an interrupt kept for the runner to see at its
     * next wait.
     */
    private JsonObject lookup(String what, Supplier<Response> request) {
        try {
            return call(what, request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HistoryUnavailable.retryAfter(Duration.ZERO, "stopped while reading " + what, e);
        }
    }

    private JsonObject call(String what, Supplier<Response> request) throws InterruptedException {
        return call(what, request, false);
    }

    /** RT's answer to {@code request}; with {@code goneIsNull}, {@code null} for a 404. */
    private JsonObject call(String what, Supplier<Response> request, boolean goneIsNull) throws InterruptedException {
        pacing.beforeRequest();
        Response response;
        try {
            response = request.get();
        } catch (ProcessingException e) {
            throw HistoryUnavailable.retryAfter(UNREACHABLE_WAIT,
                    "RT at " + connection.baseUrl() + " cannot be reached for " + what + ": " + e.getMessage(), e);
        }
        try (response) {
            int status = response.getStatus();
            String body = response.hasEntity() ? PageBodies.read(response, what) : "";
            if (status == 200) {
                try (JsonReader reader = Json.createReader(new StringReader(body))) {
                    return reader.readObject();
                } catch (JsonException | IllegalStateException e) {
                    throw HistoryUnavailable.permanent("RT's answer for " + what + " is not JSON: " + e.getMessage(), e);
                }
            }
            if (status == 404 && goneIsNull) {
                return null;
            }
            String answer = "RT answered " + status + " for " + what + ": " + shortened(body);
            if (status == 429 || status >= 500) {
                LOG.log(Level.INFO, "{0}; asking again later", answer);
                return throwRetry(answer, response);
            }
            if (status == 401 || status == 403) {
                throw HistoryUnavailable.permanent(answer + " (the token is refused or lacks rights: "
                        + "it needs ShowTicket, ShowTicketComments and SeeCustomField on every queue)");
            }
            throw HistoryUnavailable.permanent(answer);
        }
    }

    private static JsonObject throwRetry(String answer, Response response) {
        throw HistoryUnavailable.retryAfter(retryAfter(response.getHeaderString("Retry-After")), answer);
    }

    /** RT's {@code Retry-After} in seconds, else {@link #UNREACHABLE_WAIT}. */
    static Duration retryAfter(String header) {
        if (header != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
            } catch (NumberFormatException e) {
                LOG.log(Level.FINE, "Retry-After {0} is not in seconds", header);
            }
        }
        return UNREACHABLE_WAIT;
    }

    private static String shortened(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    @Override
    public void close() {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing the RT client", e);
            }
        }
    }
}
