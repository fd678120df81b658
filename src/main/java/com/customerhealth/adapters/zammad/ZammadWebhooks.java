package com.customerhealth.adapters.zammad;

import com.customerhealth.adapters.HelpdeskWebhooks;
import com.customerhealth.adapters.HexHmac;
import com.customerhealth.adapters.Payload;
import com.customerhealth.adapters.WebhookContext;
import com.customerhealth.adapters.WebhookMapping;
import com.customerhealth.adapters.WebhookRequest;
import com.customerhealth.events.CompanyUpserted;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Zammad's trigger webhooks: a POST of {@code {ticket, article}} (the ticket with its customer, organization
 * and priority, and the article that fired the trigger, if any), signed {@code X-Hub-Signature:
 * sha1=<hex HMAC-SHA1(token, body)>} with the webhook's HMAC SHA1 signature token, the delivery named by
 * {@code X-Zammad-Delivery}.
 *
 * <p>Every webhook carries the whole ticket, so each maps to: the ticket's creation (id
 * {@code zammad-ticket-<id>-created}: the first webhook of a ticket creates it, later ones are duplicates of
 * it), its customer and organization as of their {@code updated_at}, the ticket's state as of its
 * {@code updated_at}, and the article as an interaction ({@code zammad-article-<id>}). Zammad does not name
 * itself in the payload, so the source is {@code chm.adapters.zammad.source}, by default {@value #SOURCE}.
 *
 * <pre>{@code
 * new ZammadWebhooks().map(json, request, context).events(); // [ticket.created, customer.upserted, ...]
 * }</pre>
 */
@ApplicationScoped
public class ZammadWebhooks implements HelpdeskWebhooks {

    /** The source of Zammad's events unless one is configured. */
    public static final String SOURCE = "urn:zammad";

    /** Zammad's default state names, and what the plugin calls them; other names are skipped. */
    static final Map<String, TicketStatus> STATES = Map.of(
            "new", TicketStatus.NEW,
            "open", TicketStatus.OPEN,
            "pending reminder", TicketStatus.PENDING,
            "pending close", TicketStatus.PENDING,
            "closed", TicketStatus.CLOSED,
            "merged", TicketStatus.CLOSED,
            "removed", TicketStatus.CLOSED);

    @Override
    public String name() {
        return "zammad";
    }

    @Override
    public String title() {
        return "Zammad";
    }

    @Override
    public void verify(WebhookRequest request, String secret, Instant now) {
        HexHmac.require(request, "X-Hub-Signature", "sha1=", HexHmac.SHA1, secret, request.body());
    }

    @Override
    public WebhookMapping map(JsonNode json, WebhookRequest request, WebhookContext context) {
        Payload ticket = new Payload(json).at("ticket");
        String delivery = request.header("X-Zammad-Delivery");
        String ticketId = ticket.text("id");
        if (ticketId == null) {
            return WebhookMapping.skipped(delivery, "no ticket.id in the payload; Zammad sends {ticket, article}"
                    + " unless the webhook's custom payload is switched on");
        }
        String customerId = ticket.text("customer_id");
        if (customerId == null) {
            customerId = ticket.text("customer", "id");
        }
        if (customerId == null) {
            return WebhookMapping.skipped("zammad-ticket-" + ticketId, "ticket " + ticketId + " names no customer_id");
        }
        String source = context.source().orElse(SOURCE);
        String companyId = ticket.text("organization_id");
        String stateName = stateOf(ticket);
        TicketStatus status = stateName == null ? null : STATES.get(stateName.toLowerCase(Locale.ROOT));
        Instant createdAt = ticket.instant("created_at");
        Instant updatedAt = ticket.instant("updated_at");
        List<HelpdeskEvent> events = new ArrayList<>();

        Payload organization = ticket.at("organization");
        if (companyId != null && organization.isObject()) {
            events.add(new CompanyUpserted(context.header(source, "zammad-organization-" + companyId + "-"
                    + stamp(organization.instant("updated_at"), request), organization.instant("updated_at")),
                    companyId, organization.text("name"), Map.of()));
        }
        Payload customer = ticket.at("customer");
        if (customer.isObject()) {
            events.add(new CustomerUpserted(context.header(source, "zammad-user-" + customerId + "-"
                    + stamp(customer.instant("updated_at"), request), customer.instant("updated_at")),
                    customerId, nameOf(customer), customer.text("email"), companyId, Map.of()));
        }
        events.add(new TicketCreated(context.header(source, "zammad-ticket-" + ticketId + "-created", createdAt),
                ticketId, customerId, companyId, createdAt == null ? context.receivedAt() : createdAt,
                status == null ? TicketStatus.OPEN : status, priorityOf(ticket), ticket.text("create_article_type"),
                ticket.text("title")));
        if (status != null && updatedAt != null) {
            events.add(new TicketStatusChanged(context.header(source, "zammad-ticket-" + ticketId + "-state-"
                    + updatedAt.toEpochMilli(), updatedAt), ticketId, status, updatedAt));
        }
        Payload article = new Payload(json).at("article");
        String author = authorOf(article.text("sender"));
        if (article.text("id") != null && author != null) {
            Instant at = article.instant("created_at");
            Boolean internal = article.bool("internal");
            events.add(new TicketInteractionAdded(context.header(source, "zammad-article-" + article.text("id"), at),
                    ticketId, author, at == null ? context.receivedAt() : at, internal == null ? null : !internal));
        }
        return WebhookMapping.events(events);
    }

    /** The state's name: Zammad writes it as text, a custom payload may give the object. */
    private static String stateOf(Payload ticket) {
        String state = ticket.text("state");
        return state != null ? state : ticket.text("state", "name");
    }

    private static String priorityOf(Payload ticket) {
        String priority = ticket.text("priority", "name");
        priority = priority != null ? priority : ticket.text("priority");
        return priority == null || priority.length() > 32 ? null : priority;
    }

    /** Customer articles are the customer's, Agent articles the agents'; System ones (auto replies) no one's. */
    static String authorOf(String sender) {
        if (sender == null) {
            return null;
        }
        return switch (sender) {
            case "Customer" -> "customer";
            case "Agent" -> "agent";
            default -> null;
        };
    }

    private static String nameOf(Payload user) {
        String first = user.text("firstname");
        String last = user.text("lastname");
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        return name.isEmpty() ? null : name;
    }

    /** A directory record's version: its {@code updated_at}, or the body's fingerprint when it has none. */
    private static String stamp(Instant updatedAt, WebhookRequest request) {
        return updatedAt != null ? Long.toString(updatedAt.toEpochMilli())
                : com.customerhealth.adapters.BodyDigest.of(request.body());
    }
}
