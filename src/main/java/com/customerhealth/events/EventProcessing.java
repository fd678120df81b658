package com.customerhealth.events;

import com.customerhealth.platform.StoreFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where both ways in end: takes decoded events, applies them per tenant in one transaction, and answers a
 * verdict per event.
 *
 * <p>A batch that conflicts with a concurrent delivery (a deadlock, a key taken at the same moment) is
 * tried again a few times, then event by event. A batch that fails for any other reason is not tried
 * again, which would fail the same way: its events are applied one by one, once, so the one at fault is
 * rejected alone, with a reference to the log rather than the database's words, as is one whose key
 * stays taken however often it is tried. When the store itself is unreachable, or an event still
 * deadlocks after its attempts, the whole request fails with
 * {@link StoreUnavailableException}; what committed before stays, and sending everything again applies
 * the rest exactly once.
 */
@ApplicationScoped
public class EventProcessing {

    private static final Logger LOG = Logger.getLogger(EventProcessing.class.getName());

    private static final int ATTEMPTS = 4;

    @Inject
    EventBatch batch;

    /** Applies {@code events} and answers a verdict per event, in their order. */
    public List<Verdict> process(List<HelpdeskEvent> events) {
        Map<String, List<Integer>> byTenant = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            byTenant.computeIfAbsent(events.get(i).header().tenantId(), tenant -> new ArrayList<>()).add(i);
        }
        Verdict[] verdicts = new Verdict[events.size()];
        byTenant.forEach((tenant, positions) -> {
            List<HelpdeskEvent> group = positions.stream().map(events::get).toList();
            List<Verdict> answered = apply(tenant, group);
            for (int i = 0; i < positions.size(); i++) {
                verdicts[positions.get(i)] = answered.get(i);
            }
        });
        return List.of(verdicts);
    }

    private List<Verdict> apply(String tenant, List<HelpdeskEvent> events) {
        for (int attempt = 1; ; attempt++) {
            try {
                return batch.apply(tenant, events);
            } catch (RuntimeException e) {
                if (StoreFailures.isUnreachable(e)) {
                    throw new StoreUnavailableException(e);
                }
                boolean conflict = StoreFailures.isConflict(e);
                if (conflict && attempt < ATTEMPTS) {
                    StoreFailures.pauseAfter(attempt);
                } else if (events.size() > 1) {
                    return oneByOne(tenant, events);
                } else if (conflict && !StoreFailures.isDuplicateKey(e)) {
                    throw new StoreUnavailableException(e);
                } else {
                    // A key that stays taken however often the event is tried: sending it again would not help.
                    return List.of(rejected(events.get(0), e));
                }
            }
        }
    }

    private List<Verdict> oneByOne(String tenant, List<HelpdeskEvent> events) {
        List<Verdict> verdicts = new ArrayList<>(events.size());
        for (HelpdeskEvent event : events) {
            verdicts.addAll(apply(tenant, List.of(event)));
        }
        return verdicts;
    }

    /** The database's own words may name tables and values; they go to the log, the sender gets a reference. */
    private static Verdict rejected(HelpdeskEvent event, RuntimeException failure) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.WARNING, "Event " + event.header().id() + " of " + event.header().source()
                + " could not be stored, reference " + reference, failure);
        return Verdict.rejected(event.header().id(), "could not be stored; the plugin's log names the cause under"
                + " reference " + reference);
    }
}
