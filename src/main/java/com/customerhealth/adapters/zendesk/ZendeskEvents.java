package com.customerhealth.adapters.zendesk;

import com.customerhealth.adapters.Payload;
import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.EventHeader;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketDeleted;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketPriorityChanged;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Zendesk's data as the plugin's events, one mapping for both ways it arrives: a live webhook
 * ({@code zen:event-type:ticket.*}) and the incremental exports a backfill reads (tickets, ticket events,
 * satisfaction ratings). The same change gives the same event id whichever way it comes, so the second
 * arrival is a duplicate:
 * <ul>
 *   <li>{@code ticket.created}: {@code zendesk-ticket-<ticket id>-created}</li>
 *   <li>{@code ticket.interaction_added}: {@code zendesk-comment-<comment id>} (a webhook's
 *       {@code event.comment.id} is the export's Comment child event id)</li>
 *   <li>{@code ticket.status_changed}: {@code zendesk-ticket-<id>-status-<status>-<Unix second>}, the second
 *       of the ticket's update (a webhook's {@code detail.updated_at}, the export's audit {@code created_at}):
 *       a webhook carries no audit id</li>
 *   <li>{@code ticket.priority_changed}: {@code zendesk-ticket-<id>-priority-<priority>-<Unix second>}</li>
 *   <li>{@code ticket.deleted}: {@code zendesk-ticket-<id>-deleted}</li>
 *   <li>{@code csat.rated}: {@code zendesk-rating-<rating id>-<Unix second of its updated_at>}</li>
 *   <li>{@code customer.upserted} / {@code company.upserted}: {@code zendesk-user-<id>-<Unix second>} /
 *       {@code zendesk-organization-<id>-<Unix second>} of their {@code updated_at}</li>
 * </ul>
 * Requesters are customers, organizations companies; statuses new, open, pending, hold, solved, closed are
 * new, open, pending, on_hold, solved, closed; a rating good is 1 and bad 0 on a scale of 0 to 1.
 *
 * <pre>{@code
 * ZendeskEvents zendesk = new ZendeskEvents("default", ZendeskEvents.sourceOf(URI.create("https://acme.zendesk.com/")));
 * zendesk.ticket(ticket, users, organizations);   // [customer.upserted, company.upserted, ticket.created]
 * zendesk.rating(rating);                          // Optional[csat.rated]
 * }</pre>
 */
public final class ZendeskEvents {

    /** The webhook event types' common beginning. */
    static final String TYPE_PREFIX = "zen:event-type:ticket.";

    /** Zendesk's statuses, lower case, as the plugin calls them. */
    static final Map<String, TicketStatus> STATUSES = Map.of(
            "new", TicketStatus.NEW,
            "open", TicketStatus.OPEN,
            "pending", TicketStatus.PENDING,
            "hold", TicketStatus.ON_HOLD,
            "solved", TicketStatus.SOLVED,
            "closed", TicketStatus.CLOSED);

    private final String tenant;
    private final String source;

    /** Events of {@code tenant} from the Zendesk account {@code source} ({@link #sourceOf}). */
    public ZendeskEvents(String tenant, String source) {
        this.tenant = tenant;
        this.source = source;
    }

    /**
     * The source of a Zendesk account's events: its address, {@code https://<subdomain>.zendesk.com}, scheme
     * and host in lower case, without a path or a trailing slash, however an admin wrote it.
     */
    public static String sourceOf(URI address) {
        String scheme = address.getScheme() == null ? "https" : address.getScheme().toLowerCase(Locale.ROOT);
        String host = address.getHost() == null ? String.valueOf(address) : address.getHost().toLowerCase(Locale.ROOT);
        boolean defaultPort = address.getPort() < 0 || address.getPort() == 443 && scheme.equals("https")
                || address.getPort() == 80 && scheme.equals("http");
        return scheme + "://" + host + (defaultPort ? "" : ":" + address.getPort());
    }

    /** What a webhook tells: its events, or why it tells of none the plugin scores. */
    public sealed interface Outcome {
        /** The events. */
        record Mapped(List<HelpdeskEvent> events) implements Outcome {
        }

        /** Nothing scored, and why. */
        record Skipped(String why) implements Outcome {
        }
    }

    /**
     * The events of a Zendesk webhook event: {@code ticket.created}, {@code ticket.comment_added},
     * {@code ticket.status_changed}, {@code ticket.priority_changed}, {@code ticket.soft_deleted} and
     * {@code ticket.permanently_deleted}; any other type is skipped.
     */
    public Outcome webhook(Payload payload) {
        String type = payload.text("type");
        if (type == null || !type.startsWith(TYPE_PREFIX)) {
            return new Outcome.Skipped("type " + Payload.shown(type) + " is not a ticket event (zen:event-type:ticket.*)");
        }
        Payload detail = payload.at("detail");
        String ticketId = detail.text("id");
        if (ticketId == null) {
            return new Outcome.Skipped("no ticket id in detail.id");
        }
        Instant time = payload.instant("time");
        String event = type.substring(TYPE_PREFIX.length());
        return switch (event) {
            case "created" -> created(detail, ticketId, time);
            case "comment_added" -> commentAdded(payload.at("event", "comment"), ticketId, updatedAt(detail, time));
            case "status_changed" -> statusChanged(ticketId, payload.text("event", "current"),
                    updatedAt(detail, time));
            case "priority_changed" -> priorityChanged(ticketId, payload.text("event", "current"),
                    updatedAt(detail, time));
            case "soft_deleted", "permanently_deleted" ->
                    new Outcome.Mapped(List.of(new TicketDeleted(header(deletedId(ticketId), time), ticketId)));
            default -> new Outcome.Skipped("event ticket." + Payload.shown(event) + " says nothing that is scored");
        };
    }

    private Outcome created(Payload detail, String ticketId, Instant time) {
        String requester = detail.text("requester_id");
        if (requester == null) {
            return new Outcome.Skipped("ticket " + Payload.shown(ticketId) + " has no requester_id");
        }
        Instant createdAt = firstOf(detail.instant("created_at"), time);
        Optional<TicketStatus> status = statusOf(detail.text("status"));
        if (createdAt == null || status.isEmpty()) {
            return new Outcome.Skipped("ticket " + Payload.shown(ticketId) + " has no created_at or no status"
                    + " new, open, pending, hold, solved or closed");
        }
        return new Outcome.Mapped(List.of(new TicketCreated(header(createdId(ticketId), createdAt), ticketId,
                requester, organization(detail.text("organization_id")), createdAt, status.get(),
                lower(detail.text("priority")), detail.text("via", "channel"), detail.text("subject"))));
    }

    /** A comment, written when the ticket was updated with it: the export's comment carries that second. */
    private Outcome commentAdded(Payload comment, String ticketId, Instant updated) {
        String commentId = comment.text("id");
        Boolean staff = comment.bool("author", "is_staff");
        if (commentId == null || staff == null) {
            return new Outcome.Skipped("the comment on ticket " + Payload.shown(ticketId)
                    + " has no id or no author.is_staff");
        }
        Instant at = firstOf(comment.instant("created_at"), updated);
        return new Outcome.Mapped(List.of(new TicketInteractionAdded(header(commentId(commentId), at), ticketId,
                staff ? "agent" : "customer", at, comment.bool("is_public"))));
    }

    private Outcome statusChanged(String ticketId, String current, Instant at) {
        Optional<TicketStatus> status = statusOf(current);
        if (status.isEmpty() || at == null) {
            return new Outcome.Skipped("status " + Payload.shown(current) + " of ticket " + Payload.shown(ticketId)
                    + " is none of new, open, pending, hold, solved, closed, or it has no time");
        }
        return new Outcome.Mapped(List.of(statusEvent(ticketId, status.get(), at)));
    }

    private Outcome priorityChanged(String ticketId, String current, Instant at) {
        String priority = lower(current);
        if (priority == null || at == null) {
            return new Outcome.Skipped("ticket " + Payload.shown(ticketId) + " has no new priority or no time");
        }
        return new Outcome.Mapped(List.of(priorityEvent(ticketId, priority, at)));
    }

    /**
     * The events of one ticket of the incremental ticket export: its requester and organization when the
     * page sideloads them ({@code users}, {@code organizations}, by id), then {@code ticket.created} with the
     * ticket's status as exported (the ticket events that follow set the later ones), or {@code ticket.deleted}
     * for a ticket whose status is {@code deleted}.
     */
    public List<HelpdeskEvent> ticket(Payload ticket, Map<String, Payload> users, Map<String, Payload> organizations) {
        String ticketId = ticket.text("id");
        if (ticketId == null) {
            return List.of();
        }
        String status = lower(ticket.text("status"));
        if ("deleted".equals(status)) {
            return List.of(new TicketDeleted(header(deletedId(ticketId), firstOf(ticket.instant("updated_at"),
                    ticket.instant("created_at"))), ticketId));
        }
        String requester = ticket.text("requester_id");
        Instant createdAt = ticket.instant("created_at");
        Optional<TicketStatus> known = statusOf(status);
        if (requester == null || createdAt == null || known.isEmpty()) {
            return List.of();
        }
        String organizationId = organization(ticket.text("organization_id"));
        List<HelpdeskEvent> events = new ArrayList<>();
        Payload user = users.get(requester);
        if (user != null) {
            customer(user).ifPresent(events::add);
        }
        Payload organization = organizationId == null ? null : organizations.get(organizationId);
        if (organization != null) {
            company(organization).ifPresent(events::add);
        }
        events.add(new TicketCreated(header(createdId(ticketId), createdAt), ticketId, requester, organizationId,
                createdAt, known.get(), lower(ticket.text("priority")), ticket.text("via", "channel"),
                ticket.text("subject")));
        return events;
    }

    /** A Zendesk user as a customer: name, email and organization, as of its {@code updated_at}. */
    public Optional<CustomerUpserted> customer(Payload user) {
        String id = user.text("id");
        Instant updated = firstOf(user.instant("updated_at"), user.instant("created_at"));
        if (id == null || updated == null) {
            return Optional.empty();
        }
        return Optional.of(new CustomerUpserted(header("zendesk-user-" + id + "-" + updated.getEpochSecond(), updated),
                id, user.text("name"), user.text("email"), organization(user.text("organization_id")), Map.of()));
    }

    /** A Zendesk organization as a company, as of its {@code updated_at}. */
    public Optional<CompanyUpserted> company(Payload organization) {
        String id = organization.text("id");
        Instant updated = firstOf(organization.instant("updated_at"), organization.instant("created_at"));
        if (id == null || updated == null) {
            return Optional.empty();
        }
        return Optional.of(new CompanyUpserted(header("zendesk-organization-" + id + "-" + updated.getEpochSecond(),
                updated), id, organization.text("name"), Map.of()));
    }

    /**
     * The events of one ticket event (an audit) of the incremental ticket event export with its
     * {@code comment_events}: a status changed, a priority changed, each comment an interaction, its author
     * an agent or the customer as {@code roleOf} tells by the author's id ({@code agent}, {@code customer},
     * or {@code null} when unknown: then the comment is left out).
     */
    public List<HelpdeskEvent> ticketEvent(Payload audit, Function<String, String> roleOf) {
        String ticketId = audit.text("ticket_id");
        Instant at = firstOf(audit.instant("created_at"), audit.instant("timestamp"));
        if (ticketId == null || at == null) {
            return List.of();
        }
        List<HelpdeskEvent> events = new ArrayList<>();
        for (Payload child : audit.at("child_events").elements()) {
            String kind = child.text("event_type");
            if ("Change".equals(kind) && !child.at("status").isMissing()) {
                statusOf(child.text("status")).ifPresent(status -> events.add(statusEvent(ticketId, status, at)));
            } else if ("Change".equals(kind) && !child.at("priority").isMissing()) {
                String priority = lower(child.text("priority"));
                if (priority != null) {
                    events.add(priorityEvent(ticketId, priority, at));
                }
            } else if ("Comment".equals(kind)) {
                String commentId = child.text("id");
                String role = child.text("author_id") == null ? null : roleOf.apply(child.text("author_id"));
                Instant written = firstOf(child.instant("created_at"), at);
                if (commentId != null && role != null) {
                    events.add(new TicketInteractionAdded(header(commentId(commentId), written), ticketId, role,
                            written, child.bool("public")));
                }
            }
        }
        return events;
    }

    /**
     * A satisfaction rating: {@code good} 1 and {@code bad} 0 on a scale of 0 to 1 with its comment; an
     * {@code offered} or {@code unoffered} one is no rating yet.
     */
    public Optional<CsatRated> rating(Payload rating) {
        String id = rating.text("id");
        String ticketId = rating.text("ticket_id");
        Instant updated = firstOf(rating.instant("updated_at"), rating.instant("created_at"));
        String score = lower(rating.text("score"));
        if (id == null || ticketId == null || updated == null || score == null) {
            return Optional.empty();
        }
        double value;
        if (score.startsWith("good")) {
            value = 1;
        } else if (score.startsWith("bad")) {
            value = 0;
        } else {
            return Optional.empty();
        }
        return Optional.of(new CsatRated(header("zendesk-rating-" + id + "-" + updated.getEpochSecond(), updated),
                ticketId, value, 0, 1, updated, rating.text("comment")));
    }

    private TicketStatusChanged statusEvent(String ticketId, TicketStatus status, Instant at) {
        return new TicketStatusChanged(header("zendesk-ticket-" + ticketId + "-status-" + status.key() + "-"
                + at.getEpochSecond(), at), ticketId, status, at);
    }

    private TicketPriorityChanged priorityEvent(String ticketId, String priority, Instant at) {
        return new TicketPriorityChanged(header("zendesk-ticket-" + ticketId + "-priority-" + priority + "-"
                + at.getEpochSecond(), at), ticketId, priority, at);
    }

    private EventHeader header(String id, Instant at) {
        return new EventHeader(tenant, source, id, at);
    }

    private static String createdId(String ticketId) {
        return "zendesk-ticket-" + ticketId + "-created";
    }

    private static String deletedId(String ticketId) {
        return "zendesk-ticket-" + ticketId + "-deleted";
    }

    private static String commentId(String commentId) {
        return "zendesk-comment-" + commentId;
    }

    /** The ticket's update time to the second, which the export's audit carries too; else the event's time. */
    private static Instant updatedAt(Payload detail, Instant time) {
        return firstOf(detail.instant("updated_at"), time);
    }

    /** Zendesk's status, in either case (webhooks write {@code SOLVED}, the API {@code solved}). */
    static Optional<TicketStatus> statusOf(String status) {
        return Optional.ofNullable(status == null ? null : STATUSES.get(status.toLowerCase(Locale.ROOT)));
    }

    /** An organization id, none for Zendesk's {@code 0}, which webhooks send for a user without one. */
    private static String organization(String id) {
        return id == null || "0".equals(id) ? null : id;
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static Instant firstOf(Instant first, Instant second) {
        return first != null ? first : second;
    }
}
