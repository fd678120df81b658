package com.customerhealth.alerts;

import java.util.List;

/**
 * What one observation decides: the alerts to raise, and the earlier open or acknowledged ones that are
 * over now and are to be marked resolved.
 *
 * @param raised   the new alerts, at most one per kind, in {@link AlertKind}'s order
 * @param resolved the earlier alerts that resolve, as they were handed in
 */
public record AlertOutcome(List<RaisedAlert> raised, List<PastAlert> resolved) {

    public AlertOutcome {
        raised = List.copyOf(raised);
        resolved = List.copyOf(resolved);
    }
}
