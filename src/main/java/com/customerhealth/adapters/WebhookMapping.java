package com.customerhealth.adapters;

import com.customerhealth.events.HelpdeskEvent;
import java.util.List;
import java.util.Objects;

/**
 * What one webhook comes to: the events it tells of, in the order they happened, or the reason it tells
 * of none the plugin scores (a verdict {@code skipped} of {@code id}, the delivery or the helpdesk's object
 * the payload is about, whose error reads {@code "skipped: <why>"}).
 *
 * <pre>{@code
 * return WebhookMapping.events(List.of(created, upserted));
 * return WebhookMapping.skipped("delivery-1", "event 'conversation_typing_on' says nothing that is scored");
 * }</pre>
 */
public record WebhookMapping(List<HelpdeskEvent> events, String skippedId, String skipped) {

    public WebhookMapping {
        events = List.copyOf(events);
        if (events.isEmpty() == (skipped == null)) {
            throw new IllegalArgumentException("A mapping has events or a reason to skip, not both, not neither");
        }
    }

    /** The events a webhook tells of; at least one. */
    public static WebhookMapping events(List<? extends HelpdeskEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("No events: say why with skipped(id, why)");
        }
        return new WebhookMapping(List.copyOf(events), null, null);
    }

    /** A webhook that tells of nothing the plugin scores, and why ({@code id}: what it was about, may be null). */
    public static WebhookMapping skipped(String id, String why) {
        return new WebhookMapping(List.of(), id, Objects.requireNonNull(why));
    }

    /** Whether the webhook was skipped. */
    public boolean isSkipped() {
        return skipped != null;
    }
}
