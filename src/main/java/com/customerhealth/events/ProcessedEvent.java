package com.customerhealth.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event the plugin has taken: a second delivery of the same (tenant, source, id) is a duplicate. */
@Entity
@Table(name = "processed_event")
@IdClass(EventKey.class)
public class ProcessedEvent {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Id
    @Column(name = "source", length = 255)
    private String source;

    @Id
    @Column(name = "event_id", length = 128)
    private String eventId;

    @Column(name = "event_type", length = 64, nullable = false)
    private String type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ProcessedEvent() {
    }

    ProcessedEvent(HelpdeskEvent event, Instant receivedAt) {
        this.tenantId = event.header().tenantId();
        this.source = event.header().source();
        this.eventId = event.header().id();
        this.type = event.type();
        this.occurredAt = event.header().occurredAt();
        this.receivedAt = receivedAt;
    }

    String source() {
        return source;
    }

    String eventId() {
        return eventId;
    }
}
