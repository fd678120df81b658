package com.customerhealth.events;

import java.util.Map;

/** {@code customer.upserted}: the helpdesk's directory data of a customer; the latest wins. */
public record CustomerUpserted(EventHeader header, String customerId, String name, String email, String companyId,
                               Map<String, String> attributes) implements HelpdeskEvent {

    public static final String TYPE = "customer.upserted";

    public CustomerUpserted {
        InvalidEventException.required("data.customerId", customerId);
        if (name != null && name.length() > 255) {
            throw new InvalidEventException("data.name", "is longer than 255 characters");
        }
        if (email != null && email.length() > 320) {
            throw new InvalidEventException("data.email", "is longer than 320 characters");
        }
        InvalidEventException.optional("data.companyId", companyId);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String summary() {
        return "customer " + customerId + " updated";
    }
}
