package com.customerhealth.events;

import com.customerhealth.directory.DirectoryEntry;
import com.customerhealth.scoring.ChangeCause;
import java.util.Map;

/** {@code customer.upserted}: the helpdesk's directory data of a customer; the latest wins. */
public record CustomerUpserted(EventHeader header, String customerId, String name, String email, String companyId,
                               Map<String, String> attributes) implements HelpdeskEvent {

    public static final String TYPE = "customer.upserted";

    public CustomerUpserted {
        InvalidEventException.required("data.customerId", customerId);
        InvalidEventException.text("data.name", name, 255);
        InvalidEventException.text("data.email", email, 320);
        InvalidEventException.optional("data.companyId", companyId);
        attributes = InvalidEventException.attributes("data.attributes", attributes);
    }

    /** The event as the directory keeps it. */
    public DirectoryEntry entry() {
        return new DirectoryEntry(order(), name, email, companyId, attributes);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.customerUpdated", customerId);
    }
}
