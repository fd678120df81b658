package com.customerhealth.monitoring;

import java.io.Serializable;
import java.util.Objects;

/** The key of a history point: its subject (tenant, kind, id) and its instant in epoch milliseconds. */
public class ScorePointKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String tenantId;
    private String subjectKind;
    private String subjectId;
    private long at;

    public ScorePointKey() {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScorePointKey key && Objects.equals(tenantId, key.tenantId)
                && Objects.equals(subjectKind, key.subjectKind) && Objects.equals(subjectId, key.subjectId)
                && at == key.at;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenantId, subjectKind, subjectId, at);
    }
}
