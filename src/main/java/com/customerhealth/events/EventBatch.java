package com.customerhealth.events;

import com.customerhealth.directory.StateChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies events of one tenant in one transaction of their own: drops those the journal holds already,
 * appends the others to it, folds them into the stored state, and tells whoever keeps scores what
 * changed ({@link StateChanged}, observed in the same transaction), before committing.
 */
@ApplicationScoped
public class EventBatch {

    @Inject
    Journal journal;

    @Inject
    StateChanges changes;

    @Inject
    Event<StateChanged> stateChanged;

    @Inject
    Clock clock;

    /** Applies {@code events}, all of {@code tenantId}, and answers one verdict per event, in order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Verdict> apply(String tenantId, List<HelpdeskEvent> events) {
        Set<String> seen = journal.alreadyKept(tenantId, events);
        Instant now = clock.instant();
        List<HelpdeskEvent> accepted = new ArrayList<>(events.size());
        List<Verdict> verdicts = new ArrayList<>(events.size());
        for (HelpdeskEvent event : events) {
            if (!seen.add(Journal.key(event.header().source(), event.header().id()))) {
                verdicts.add(Verdict.duplicate(event.header().id()));
                continue;
            }
            journal.append(event, now);
            accepted.add(event);
            verdicts.add(Verdict.accepted(event.header().id()));
        }
        if (!accepted.isEmpty()) {
            StateChanged changed = changes.apply(tenantId, accepted);
            if (!changed.customers().isEmpty() || !changed.companies().isEmpty()) {
                stateChanged.fire(changed);
            }
        }
        return verdicts;
    }
}
