package com.customerhealth.adapters;

import com.customerhealth.events.EventHeader;
import java.time.Instant;
import java.util.Optional;

/**
 * What a mapping needs besides the payload: the tenant the request is for, the source configured for the
 * helpdesk ({@code chm.adapters.<name>.source}; empty: the adapter derives it from the payload), and when
 * the request arrived (only for a change whose payload carries no time of its own; never part of an id).
 *
 * <pre>{@code
 * EventHeader header = context.header(context.source().orElse(derived), "article-" + id, at);
 * }</pre>
 */
public record WebhookContext(String tenant, Optional<String> source, Instant receivedAt) {

    /** The header of an event of this request's tenant, from {@code source}, with its id and time. */
    public EventHeader header(String source, String id, Instant occurredAt) {
        return new EventHeader(tenant, source, id, occurredAt == null ? receivedAt : occurredAt);
    }
}
