package com.customerhealth.events;

import java.io.Serializable;
import java.util.Objects;

/** The key of a stored event: tenant, source and the event's id within the source. */
public class EventKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String tenantId;
    private String source;
    private String eventId;

    public EventKey() {
    }

    public EventKey(EventHeader header) {
        this.tenantId = header.tenantId();
        this.source = header.source();
        this.eventId = header.id();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventKey key && Objects.equals(tenantId, key.tenantId)
                && Objects.equals(source, key.source) && Objects.equals(eventId, key.eventId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, source, eventId);
    }
}
