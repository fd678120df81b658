package com.customerhealth.events;

import com.customerhealth.tenancy.Tenants;
import java.time.Instant;

/**
 * What every event carries besides its body: whose it is, where it comes from, its id and when it
 * happened. (tenant, source, id) is unique: an event seen twice is applied once.
 *
 * @param tenantId   the helpdesk account
 * @param source     the helpdesk instance that sent it, a URI
 * @param id         the event's id, unique within its source
 * @param occurredAt when it happened at the helpdesk
 */
public record EventHeader(String tenantId, String source, String id, Instant occurredAt) {

    public EventHeader {
        if (!Tenants.isWellFormed(tenantId)) {
            throw new InvalidEventException("tenant", "'" + tenantId + "' is not a tenant id (letters, digits, . _ -)");
        }
        InvalidEventException.required("source", source, 255);
        InvalidEventException.required("id", id);
        InvalidEventException.time("time", occurredAt);
    }
}
