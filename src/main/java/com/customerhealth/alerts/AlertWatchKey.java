package com.customerhealth.alerts;

import java.io.Serializable;
import java.util.Objects;

/** The key of what the alerts remember of a subject: its tenant, its type and its id. */
public class AlertWatchKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String tenantId;
    private String subjectType;
    private String subjectId;

    public AlertWatchKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AlertWatchKey key && Objects.equals(tenantId, key.tenantId)
                && Objects.equals(subjectType, key.subjectType) && Objects.equals(subjectId, key.subjectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, subjectType, subjectId);
    }
}
