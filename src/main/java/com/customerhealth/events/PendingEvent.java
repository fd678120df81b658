package com.customerhealth.events;

import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;

/** An event about a ticket the plugin has not seen yet, kept until the ticket arrives. */
@Entity
@Table(name = "pending_event")
@IdClass(EventKey.class)
public class PendingEvent {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "source", length = 255)
    private String source;

    @Id
    @Column(name = "event_id", length = 128)
    private String eventId;

    @Column(name = "ticket_id", length = 128, nullable = false)
    private String ticketId;

    @Column(name = "event_type", length = 64, nullable = false)
    private String type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Lob
    @Column(name = "data", nullable = false)
    private String data;

    protected PendingEvent() {
    }

    PendingEvent(HelpdeskEvent event, String ticketId) {
        this.tenantId = event.header().tenantId();
        this.source = event.header().source();
        this.eventId = event.header().id();
        this.ticketId = ticketId;
        this.type = event.type();
        this.occurredAt = event.header().occurredAt();
        this.data = EventData.encode(event).toString();
    }

    String ticketId() {
        return ticketId;
    }

    /** The event as it arrived. */
    HelpdeskEvent event() {
        try (var reader = JSON.createReader(new StringReader(data))) {
            return EventData.decode(new EventHeader(tenantId, source, eventId, occurredAt), type, reader.readObject());
        }
    }
}
