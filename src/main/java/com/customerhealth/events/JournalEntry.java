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

/**
 * One accepted event as the journal keeps it, append-only: its envelope's header, what it is about (a
 * ticket, or the customer or company a directory event describes) and its data as sent. A second
 * delivery of the same (tenant, source, id) finds it here and is a duplicate.
 */
@Entity
@Table(name = "journal")
@IdClass(EventKey.class)
public class JournalEntry {

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

    @Column(name = "event_type", length = 64, nullable = false)
    private String type;

    @Column(name = "ticket_id", length = 128)
    private String ticketId;

    @Column(name = "subject_id", length = 128)
    private String subjectId;

    /** The customer a {@code ticket.created} or {@code ticket.customer_changed} names, or null. */
    @Column(name = "customer_id", length = 128)
    private String customerId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Lob
    @Column(name = "data", nullable = false)
    private String data;

    protected JournalEntry() {
    }

    JournalEntry(HelpdeskEvent event, Instant receivedAt) {
        this.tenantId = event.header().tenantId();
        this.source = event.header().source();
        this.eventId = event.header().id();
        this.type = event.type();
        this.ticketId = event instanceof TicketEvent ticket ? ticket.ticketId() : null;
        this.subjectId = event instanceof CustomerUpserted customer ? customer.customerId()
                : event instanceof CompanyUpserted company ? company.companyId() : null;
        this.customerId = event instanceof TicketCreated created ? created.customerId()
                : event instanceof TicketCustomerChanged moved ? moved.customerId() : null;
        this.occurredAt = event.header().occurredAt();
        this.receivedAt = receivedAt;
        this.data = EventData.encode(event).toString();
    }

    String source() {
        return source;
    }

    String eventId() {
        return eventId;
    }

    /** The event as it was accepted. */
    HelpdeskEvent event() {
        try (var reader = JSON.createReader(new StringReader(data))) {
            return EventData.decode(new EventHeader(tenantId, source, eventId, occurredAt), type, reader.readObject());
        }
    }
}
