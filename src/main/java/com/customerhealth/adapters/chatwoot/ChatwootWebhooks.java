package com.customerhealth.adapters.chatwoot;

import com.customerhealth.adapters.BodyDigest;
import com.customerhealth.adapters.HelpdeskWebhooks;
import com.customerhealth.adapters.HexHmac;
import com.customerhealth.adapters.Payload;
import com.customerhealth.adapters.SignatureRefused;
import com.customerhealth.adapters.WebhookContext;
import com.customerhealth.adapters.WebhookMapping;
import com.customerhealth.adapters.WebhookRequest;
import com.customerhealth.events.CsatRated;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chatwoot's account webhooks: {@code {event, ...}}, signed {@code X-Chatwoot-Signature: sha256=<hex
 * HMAC-SHA256(secret, X-Chatwoot-Timestamp + "." + body)>}, the timestamp in Unix seconds and at most
 * {@link #TOLERANCE} away from the plugin's clock.
 *
 * <p>A conversation is a ticket (its {@code display_id}, the number the dashboard shows), its contact the
 * customer. {@code conversation_created} creates the ticket and upserts the contact;
 * {@code conversation_status_changed} sets its status; {@code message_created} adds an interaction
 * ({@code incoming}: the customer's, {@code outgoing}: an agent's; activity and template messages are
 * skipped); {@code message_updated} of a CSAT survey message that carries the customer's rating is a rating
 * on 1–5; {@code contact_created} and {@code contact_updated} upsert the customer. The source is
 * {@code chm.adapters.chatwoot.source}, else {@code urn:chatwoot:account:<account id>} from the payload.
 *
 * <pre>{@code
 * new ChatwootWebhooks().map(json, request, context).events(); // [ticket.interaction_added]
 * }</pre>
 */
@ApplicationScoped
public class ChatwootWebhooks implements HelpdeskWebhooks {

    /** How far the signature's timestamp may be from now, either way. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Chatwoot's conversation statuses, and what the plugin calls them. */
    static final Map<String, TicketStatus> STATUSES = Map.of(
            "open", TicketStatus.OPEN,
            "pending", TicketStatus.PENDING,
            "snoozed", TicketStatus.ON_HOLD,
            "resolved", TicketStatus.SOLVED);

    @Override
    public String name() {
        return "chatwoot";
    }

    @Override
    public String title() {
        return "Chatwoot";
    }

    @Override
    public void verify(WebhookRequest request, String secret, Instant now) {
        String timestamp = request.header("X-Chatwoot-Timestamp");
        if (timestamp == null) {
            throw new SignatureRefused("The request must be signed: header X-Chatwoot-Timestamp is missing");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new SignatureRefused("X-Chatwoot-Timestamp must be Unix seconds");
        }
        long off = Math.abs(now.getEpochSecond() - seconds);
        if (off > TOLERANCE.toSeconds()) {
            throw new SignatureRefused("X-Chatwoot-Timestamp is " + off + " s away from the server's time; at most "
                    + TOLERANCE.toSeconds() + " s is accepted");
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        signed.writeBytes((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
        signed.writeBytes(request.body());
        HexHmac.require(request, "X-Chatwoot-Signature", "sha256=", HexHmac.SHA256, secret, signed.toByteArray());
    }

    @Override
    public WebhookMapping map(JsonNode json, WebhookRequest request, WebhookContext context) {
        Payload payload = new Payload(json);
        String event = payload.text("event");
        if (event == null) {
            return WebhookMapping.skipped(null, "no event in the payload");
        }
        String source = context.source().orElse(sourceOf(payload));
        return switch (event) {
            case "conversation_created" -> conversationCreated(payload, source, context);
            case "conversation_status_changed" -> statusChanged(payload, source, context);
            case "message_created" -> messageCreated(payload, source, context);
            case "message_updated" -> messageUpdated(payload, source, context, request);
            case "contact_created", "contact_updated" -> contact(payload, event, source, context, request);
            default -> WebhookMapping.skipped(payload.text("id"), "event '" + shown(event)
                    + "' says nothing the plugin scores");
        };
    }

    private static WebhookMapping conversationCreated(Payload conversation, String source, WebhookContext context) {
        String ticketId = conversation.text("id");
        Payload contact = conversation.at("meta", "sender");
        String customerId = contact.text("id");
        if (ticketId == null || customerId == null) {
            return WebhookMapping.skipped(ticketId, "the conversation names no id or no contact (meta.sender.id)");
        }
        Instant createdAt = conversation.instant("created_at");
        TicketStatus status = STATUSES.getOrDefault(String.valueOf(conversation.text("status")), TicketStatus.OPEN);
        List<HelpdeskEvent> events = new ArrayList<>();
        events.add(new CustomerUpserted(context.header(source, "chatwoot-conversation-" + ticketId + "-contact-"
                + customerId, createdAt), customerId, contact.text("name"), contact.text("email"), null, Map.of()));
        events.add(new TicketCreated(context.header(source, "chatwoot-conversation-" + ticketId + "-created", createdAt),
                ticketId, customerId, null, createdAt == null ? context.receivedAt() : createdAt, status,
                conversation.text("priority"), channelOf(conversation.text("channel")), null));
        return WebhookMapping.events(events);
    }

    private static WebhookMapping statusChanged(Payload conversation, String source, WebhookContext context) {
        String ticketId = conversation.text("id");
        String named = conversation.text("status");
        TicketStatus status = named == null ? null : STATUSES.get(named);
        if (ticketId == null || status == null) {
            return WebhookMapping.skipped(ticketId, "status '" + shown(named) + "' is not one of " + STATUSES.keySet());
        }
        // The change's time: the conversation's updated_at (seconds with a fraction), else its last activity.
        Double updated = conversation.number("updated_at");
        Instant at = updated != null && updated > 0 && updated < 253402300799d
                ? Instant.ofEpochMilli(Math.round(updated * 1000)) : conversation.instant("timestamp");
        if (at == null) {
            // The id is made of the change's time: the time of arrival would make each redelivery a new change.
            return WebhookMapping.skipped(null, "the conversation tells no time of its change (updated_at, timestamp)");
        }
        return WebhookMapping.events(List.of(new TicketStatusChanged(context.header(source, "chatwoot-conversation-"
                + ticketId + "-status-" + named + "-" + at.toEpochMilli(), at), ticketId, status, at)));
    }

    private static WebhookMapping messageCreated(Payload message, String source, WebhookContext context) {
        String messageId = message.text("id");
        String ticketId = message.text("conversation", "id");
        if (messageId == null || ticketId == null) {
            return WebhookMapping.skipped(messageId, "the message names no id or no conversation.id");
        }
        String author = authorOf(message.text("message_type"));
        if (author == null) {
            return WebhookMapping.skipped("chatwoot-message-" + messageId, "message_type '"
                    + shown(message.text("message_type")) + "' is neither incoming nor outgoing");
        }
        Instant at = message.instant("created_at");
        at = at == null ? context.receivedAt() : at;
        Boolean internal = message.bool("private");
        return WebhookMapping.events(List.of(new TicketInteractionAdded(context.header(source, "chatwoot-message-"
                + messageId, at), ticketId, author, at, internal == null ? null : !internal)));
    }

    /** A CSAT survey answered: the customer's rating, 1–5, in the survey message's submitted values. */
    private static WebhookMapping messageUpdated(Payload message, String source, WebhookContext context,
                                                 WebhookRequest request) {
        String messageId = message.text("id");
        String ticketId = message.text("conversation", "id");
        Payload response = message.at("content_attributes", "submitted_values", "csat_survey_response");
        Double rating = response.number("rating");
        if (!"input_csat".equals(message.text("content_type")) || rating == null || messageId == null || ticketId == null) {
            return WebhookMapping.skipped(messageId == null ? null : "chatwoot-message-" + messageId,
                    "an updated message other than an answered CSAT survey");
        }
        // When it was answered: the survey message's update, not this delivery, which may come late or twice.
        Double updated = message.number("updated_at");
        Instant at = updated != null && updated > 0 && updated < 253402300799d
                ? Instant.ofEpochMilli(Math.round(updated * 1000)) : message.instant("updated_at");
        at = at == null ? message.instant("created_at") : at;
        if (at == null) {
            return WebhookMapping.skipped("chatwoot-message-" + messageId, "the answered survey tells no time"
                    + " (updated_at, created_at)");
        }
        return WebhookMapping.events(List.of(new CsatRated(context.header(source, "chatwoot-csat-" + messageId + "-"
                + BodyDigest.of(request.body()), at), ticketId, rating, 1, 5, at, response.text("feedback_message"))));
    }

    private static WebhookMapping contact(Payload contact, String event, String source, WebhookContext context,
                                          WebhookRequest request) {
        String customerId = contact.text("id");
        if (customerId == null) {
            return WebhookMapping.skipped(null, "the contact has no id");
        }
        return WebhookMapping.events(List.of(new CustomerUpserted(context.header(source, "chatwoot-contact-" + customerId
                + "-" + BodyDigest.of(request.body()), null), customerId, contact.text("name"), contact.text("email"),
                null, Map.of())));
    }

    /** Incoming messages are the contact's, outgoing ones an agent's; Chatwoot may write the type as its number. */
    static String authorOf(String messageType) {
        if (messageType == null) {
            return null;
        }
        return switch (messageType) {
            case "incoming", "0" -> "customer";
            case "outgoing", "1" -> "agent";
            default -> null;
        };
    }

    /** {@code Channel::WebWidget} as {@code webwidget}. */
    static String channelOf(String channel) {
        if (channel == null) {
            return null;
        }
        String plain = channel.startsWith("Channel::") ? channel.substring("Channel::".length()) : channel;
        plain = plain.toLowerCase(Locale.ROOT);
        return plain.isEmpty() || plain.length() > 64 ? null : plain;
    }

    /** The account the payload belongs to, wherever this event puts it. */
    static String sourceOf(Payload payload) {
        String account = payload.text("account", "id");
        if (account == null) {
            account = payload.text("conversation", "account_id");
        }
        if (account == null) {
            account = payload.text("account_id");
        }
        if (account == null) {
            for (Payload message : payload.at("messages").elements()) {
                account = account == null ? message.text("account_id") : account;
            }
        }
        return account == null ? "urn:chatwoot" : "urn:chatwoot:account:" + account;
    }

    private static String shown(String text) {
        return Payload.shown(text);
    }
}
