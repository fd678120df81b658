package com.customerhealth.events;

import com.customerhealth.directory.DirectoryEntry;
import com.customerhealth.scoring.ChangeCause;
import java.util.Map;

/** {@code company.upserted}: the helpdesk's directory data of a company; the latest wins. */
public record CompanyUpserted(EventHeader header, String companyId, String name, Map<String, String> attributes)
        implements HelpdeskEvent {

    public static final String TYPE = "company.upserted";

    public CompanyUpserted {
        InvalidEventException.required("data.companyId", companyId);
        InvalidEventException.text("data.name", name, 255);
        attributes = InvalidEventException.attributes("data.attributes", attributes);
    }

    /** The event as the directory keeps it. */
    public DirectoryEntry entry() {
        return new DirectoryEntry(order(), name, null, null, attributes);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ChangeCause cause() {
        return causeIn("cause.companyUpdated", companyId);
    }
}
