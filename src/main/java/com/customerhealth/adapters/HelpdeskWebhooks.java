package com.customerhealth.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One helpdesk's webhooks: how it signs them and how its payloads read as the plugin's events. An
 * application-scoped bean per helpdesk; {@link AdaptersResource} finds it by {@link #name()} when a request
 * comes to {@code POST /chm/api/v1/adapters/<name>}, and does everything the helpdesks share: the body's size
 * limit, the tenant ({@code ?tenant=}) and its secret ({@code chm.adapters.<name>.secret} for the default
 * tenant, {@code chm.adapters.<name>.secret.<tenant>} for another), the JSON, the processing and the verdicts.
 * An adapter only checks the signature and maps the payload; it reads no configuration, store or clock.
 *
 * <p>Adding a helpdesk is this one class (plain Java but for its CDI scope) and its mapping:
 * <pre>{@code
 * @ApplicationScoped
 * public class AcmeDeskWebhooks implements HelpdeskWebhooks {
 *
 *     public String name() { return "acmedesk"; }
 *
 *     public String title() { return "AcmeDesk"; }
 *
 *     public void verify(WebhookRequest request, String secret, Instant now) {
 *         // AcmeDesk sends X-Acme-Signature: sha256=<hex HMAC-SHA256(secret, body)>
 *         HexHmac.require(request, "X-Acme-Signature", "sha256=", HexHmac.SHA256, secret, request.body());
 *     }
 *
 *     public WebhookMapping map(JsonNode payload, WebhookRequest request, WebhookContext context) {
 *         Payload ticket = new Payload(payload).at("ticket");
 *         if (ticket.isMissing()) {
 *             return WebhookMapping.skipped(request.header("X-Acme-Delivery"), "no ticket in the payload");
 *         }
 *         String source = context.source().orElse("https://acmedesk.example.com");
 *         EventHeader header = context.header(source, "ticket-" + ticket.text("id") + "-created",
 *                 ticket.instant("created_at"));
 *         return WebhookMapping.events(List.of(new TicketCreated(header, ticket.text("id"),
 *                 ticket.text("requester_id"), null, ticket.instant("created_at"), TicketStatus.NEW,
 *                 null, "web", ticket.text("title"))));
 *     }
 * }
 * }</pre>
 * and its secret in the configuration: {@code chm.adapters.acmedesk.secret}.
 *
 * <p>Event ids come from the helpdesk's own ids (a comment's, a message's, an audit's), never from the
 * delivery or its arrival, so that a webhook sent again, or the same change read later by a backfill,
 * is answered as a duplicate.
 */
public interface HelpdeskWebhooks {

    /** The last segment of the adapter's path and of its configuration keys: lower-case letters. */
    String name();

    /** How the helpdesk is named to a person: "Zammad", "Jira Service Management". */
    String title();

    /**
     * Checks that {@code request} is signed with {@code secret} as the helpdesk signs its webhooks, and,
     * where its scheme has a timestamp, that it was signed close enough to {@code now}.
     *
     * @throws SignatureRefused saying what is missing or wrong, in words the helpdesk's admin can act on
     */
    void verify(WebhookRequest request, String secret, Instant now);

    /**
     * The events {@code payload} (a JSON object, signed) tells of, or why it tells of none. A payload that
     * breaks the format ({@code null} where an id must be, a time that is not one) is skipped with the
     * reason, never thrown: what {@link com.customerhealth.events.InvalidEventException} an event's own checks
     * throw is answered as a rejected verdict.
     */
    WebhookMapping map(JsonNode payload, WebhookRequest request, WebhookContext context);
}
