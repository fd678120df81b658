package com.customerhealth.adapters.jira;

import com.customerhealth.adapters.HelpdeskWebhooks;
import com.customerhealth.adapters.HexHmac;
import com.customerhealth.adapters.Payload;
import com.customerhealth.adapters.WebhookContext;
import com.customerhealth.adapters.WebhookMapping;
import com.customerhealth.adapters.WebhookRequest;
import com.customerhealth.events.CustomerUpserted;
import com.customerhealth.events.HelpdeskEvent;
import com.customerhealth.events.TicketCreated;
import com.customerhealth.events.TicketInteractionAdded;
import com.customerhealth.events.TicketStatusChanged;
import com.customerhealth.tickets.TicketStatus;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jira Service Management's admin webhooks: {@code {webhookEvent, issue, changelog?, comment?}}, signed
 * {@code X-Hub-Signature: sha256=<hex HMAC-SHA256(secret, body)>} with the webhook's secret.
 *
 * <p>An issue is a ticket (its numeric {@code id}), its reporter the customer. {@code jira:issue_created}
 * creates the ticket and upserts the reporter; {@code jira:issue_updated} sets the status when its changelog
 * has a status item (id {@code jira-changelog-<changelog id>}), and adds the comment it carries;
 * {@code comment_created} adds an interaction ({@code jira-comment-<id>}: the same comment told by both
 * events is one), the customer's when its author is the reporter, an agent's otherwise, internal when
 * {@code jsdPublic} is false. Jira statuses map by name ({@link #STATUSES}), else by status category. The
 * source is {@code chm.adapters.jira.source}, else the site's base URL from the issue's {@code self}.
 *
 * <pre>{@code
 * new JiraWebhooks().map(json, request, context).events(); // [ticket.status_changed]
 * }</pre>
 */
@ApplicationScoped
public class JiraWebhooks implements HelpdeskWebhooks {

    /** Jira Service Management's default status names (lower case), and what the plugin calls them. */
    static final Map<String, TicketStatus> STATUSES = Map.ofEntries(
            Map.entry("open", TicketStatus.OPEN),
            Map.entry("to do", TicketStatus.NEW),
            Map.entry("new", TicketStatus.NEW),
            Map.entry("reopened", TicketStatus.OPEN),
            Map.entry("waiting for support", TicketStatus.OPEN),
            Map.entry("in progress", TicketStatus.OPEN),
            Map.entry("work in progress", TicketStatus.OPEN),
            Map.entry("escalated", TicketStatus.OPEN),
            Map.entry("waiting for customer", TicketStatus.PENDING),
            Map.entry("pending", TicketStatus.PENDING),
            Map.entry("paused", TicketStatus.ON_HOLD),
            Map.entry("on hold", TicketStatus.ON_HOLD),
            Map.entry("resolved", TicketStatus.SOLVED),
            Map.entry("done", TicketStatus.SOLVED),
            Map.entry("closed", TicketStatus.CLOSED),
            Map.entry("canceled", TicketStatus.CLOSED),
            Map.entry("cancelled", TicketStatus.CLOSED),
            Map.entry("declined", TicketStatus.CLOSED));

    /** Jira's status categories, for a status whose name is not in {@link #STATUSES}. */
    static final Map<String, TicketStatus> CATEGORIES = Map.of(
            "new", TicketStatus.NEW,
            "indeterminate", TicketStatus.OPEN,
            "done", TicketStatus.SOLVED);

    @Override
    public String name() {
        return "jira";
    }

    @Override
    public String title() {
        return "Jira Service Management";
    }

    @Override
    public void verify(WebhookRequest request, String secret, Instant now) {
        HexHmac.require(request, "X-Hub-Signature", "sha256=", HexHmac.SHA256, secret, request.body());
    }

    @Override
    public WebhookMapping map(JsonNode json, WebhookRequest request, WebhookContext context) {
        Payload payload = new Payload(json);
        String event = payload.text("webhookEvent");
        Payload issue = payload.at("issue");
        String issueId = issue.text("id");
        if (event == null || issueId == null) {
            return WebhookMapping.skipped(null, "no webhookEvent or no issue.id in the payload");
        }
        String source = context.source().orElse(sourceOf(issue.text("self")));
        List<HelpdeskEvent> events = new ArrayList<>();
        switch (event) {
            case "jira:issue_created" -> created(issue, issueId, source, context, events);
            case "jira:issue_updated" -> {
                statusChange(payload, issue, issueId, source, context, events);
                comment(payload.at("comment"), issue, issueId, source, context, events);
            }
            case "comment_created" -> comment(payload.at("comment"), issue, issueId, source, context, events);
            default -> {
                return WebhookMapping.skipped("jira-issue-" + issueId, "webhookEvent '" + Payload.shown(event)
                        + "' says nothing the plugin scores");
            }
        }
        return events.isEmpty()
                ? WebhookMapping.skipped("jira-issue-" + issueId, "an update without a status change or a comment")
                : WebhookMapping.events(events);
    }

    private static void created(Payload issue, String issueId, String source, WebhookContext context,
                                List<HelpdeskEvent> events) {
        Payload fields = issue.at("fields");
        Payload reporter = fields.at("reporter");
        String customerId = userId(reporter);
        if (customerId == null) {
            return;
        }
        Instant createdAt = fields.instant("created");
        events.add(new CustomerUpserted(context.header(source, "jira-issue-" + issueId + "-reporter", createdAt),
                customerId, reporter.text("displayName"), reporter.text("emailAddress"), null, Map.of()));
        TicketStatus status = statusOf(fields.at("status"));
        String priority = fields.text("priority", "name");
        events.add(new TicketCreated(context.header(source, "jira-issue-" + issueId + "-created", createdAt), issueId,
                customerId, null, createdAt == null ? context.receivedAt() : createdAt,
                status == null ? TicketStatus.NEW : status, priority != null && priority.length() <= 32 ? priority : null,
                null, fields.text("summary")));
    }

    private static void statusChange(Payload payload, Payload issue, String issueId, String source,
                                     WebhookContext context, List<HelpdeskEvent> events) {
        String changelogId = payload.text("changelog", "id");
        for (Payload item : payload.at("changelog", "items").elements()) {
            if (!"status".equals(item.text("field")) || changelogId == null) {
                continue;
            }
            Payload current = issue.at("fields", "status");
            String to = item.text("toString");
            TicketStatus status = to == null ? null : STATUSES.get(to.toLowerCase(Locale.ROOT));
            if (status == null && to != null && to.equals(current.text("name"))) {
                status = CATEGORIES.get(String.valueOf(current.text("statusCategory", "key")));
            }
            Instant at = timeOf(payload, issue);
            events.add(new TicketStatusChanged(context.header(source, "jira-changelog-" + changelogId, at), issueId,
                    status == null ? TicketStatus.OPEN : status, at));
        }
    }

    private static void comment(Payload comment, Payload issue, String issueId, String source, WebhookContext context,
                                List<HelpdeskEvent> events) {
        String commentId = comment.text("id");
        if (commentId == null) {
            return;
        }
        String author = userId(comment.at("author"));
        String reporter = userId(issue.at("fields", "reporter"));
        Instant at = comment.instant("created");
        at = at == null ? context.receivedAt() : at;
        Boolean publicly = comment.bool("jsdPublic");
        if (publicly == null && comment.at("visibility").isObject()) {
            publicly = false;
        }
        events.add(new TicketInteractionAdded(context.header(source, "jira-comment-" + commentId, at), issueId,
                author != null && author.equals(reporter) ? "customer" : "agent", at, publicly));
    }

    /** The status an issue's status object names, by name then by category; null when neither is known. */
    static TicketStatus statusOf(Payload status) {
        String name = status.text("name");
        TicketStatus byName = name == null ? null : STATUSES.get(name.toLowerCase(Locale.ROOT));
        return byName != null ? byName : CATEGORIES.get(String.valueOf(status.text("statusCategory", "key")));
    }

    /** Jira Cloud's {@code accountId}, else Server's {@code key} or {@code name}. */
    static String userId(Payload user) {
        String id = user.text("accountId");
        id = id != null ? id : user.text("key");
        return id != null ? id : user.text("name");
    }

    /** When the change happened: the webhook's {@code timestamp} (milliseconds), else the issue's {@code updated}. */
    private static Instant timeOf(Payload payload, Payload issue) {
        Double millis = payload.number("timestamp");
        if (millis != null && millis > 0 && millis < 253402300799000d) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        return issue.instant("fields", "updated");
    }

    /** {@code https://site.atlassian.net} of {@code https://site.atlassian.net/rest/api/2/issue/10001}. */
    static String sourceOf(String self) {
        if (self != null) {
            try {
                URI uri = URI.create(self);
                int rest = uri.getPath() == null ? -1 : uri.getPath().indexOf("/rest/");
                if (uri.getScheme() != null && uri.getHost() != null && rest >= 0) {
                    String base = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath().substring(0, rest);
                    return base.length() <= 255 ? base : "urn:jira";
                }
            } catch (IllegalArgumentException e) {
                return "urn:jira";
            }
        }
        return "urn:jira";
    }
}
